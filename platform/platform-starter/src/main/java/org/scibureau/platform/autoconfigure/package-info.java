/**
 * Auto-configuration of the platform's shared building blocks.
 */
@NullMarked
package org.scibureau.platform.autoconfigure;

import org.jspecify.annotations.NullMarked;
