/**
 * Eligibility of applications to calls: the wiring of the rules engine in {@code domain}.
 */
@NullMarked
package org.scibureau.plan.eligibility;

import org.jspecify.annotations.NullMarked;
