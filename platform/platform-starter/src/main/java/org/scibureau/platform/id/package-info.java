/**
 * Identifiers: time-ordered UUIDs (version 7).
 */
@NullMarked
package org.scibureau.platform.id;

import org.jspecify.annotations.NullMarked;
