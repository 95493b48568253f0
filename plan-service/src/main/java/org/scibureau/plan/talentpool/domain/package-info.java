/**
 * The facts of the talent pool that plan-service decides on, as plain values.
 */
@NullMarked
package org.scibureau.plan.talentpool.domain;

import org.jspecify.annotations.NullMarked;
