/**
 * The history of every aggregate: who changed what, when, from which state to which, and why.
 */
@NullMarked
package org.scibureau.platform.history;

import org.jspecify.annotations.NullMarked;
