/**
 * Expert review over HTTP: opening a review of a call's projects with the optimal assignment of reviewers, the
 * experts' score sheets, the consensus and ranking within the program's budget ceiling, and the decision that
 * approves and rejects the projects; around the pure rules of {@code review.domain}.
 */
@NullMarked
package org.scibureau.plan.review;

import org.jspecify.annotations.NullMarked;
