/**
 * What the aggregates of plan-service share: refused transitions and broken rules. Plain Java.
 */
@NullMarked
package org.scibureau.plan.lifecycle;

import org.jspecify.annotations.NullMarked;
