/**
 * plan-service: S&amp;T plans, programs, calls for proposals, projects and expert review.
 */
@NullMarked
package org.scibureau.plan;

import org.jspecify.annotations.NullMarked;
