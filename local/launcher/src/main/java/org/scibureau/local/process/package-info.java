/**
 * Child processes of the launcher: starting and stopping them, recording their ids, probing their health.
 */
@NullMarked
package org.scibureau.local.process;

import org.jspecify.annotations.NullMarked;
