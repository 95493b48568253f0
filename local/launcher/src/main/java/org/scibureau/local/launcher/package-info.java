/**
 * The launcher's commands: starting, supervising and stopping the local platform, and reporting its state.
 */
@NullMarked
package org.scibureau.local.launcher;

import org.jspecify.annotations.NullMarked;
