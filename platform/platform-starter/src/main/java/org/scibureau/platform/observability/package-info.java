/**
 * Correlation ids carried from HTTP requests through logs and event headers to consumers' logs.
 */
@NullMarked
package org.scibureau.platform.observability;

import org.jspecify.annotations.NullMarked;
