/**
 * The bench: scenarios that measure the platform and, in the same run, the reference that bounds each figure, and a
 * report of the ratios.
 */
@NullMarked
package org.scibureau.bench;

import org.jspecify.annotations.NullMarked;
