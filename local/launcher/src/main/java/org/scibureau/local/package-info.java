/**
 * The one-command local platform: the {@code ./scibureau} entry point and its commands.
 */
@NullMarked
package org.scibureau.local;

import org.jspecify.annotations.NullMarked;
