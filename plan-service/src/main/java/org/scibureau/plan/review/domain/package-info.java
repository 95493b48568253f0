/**
 * Expert review of projects, as pure rules: conflicts of interest, the optimal assignment of reviewers, the
 * consensus of their scores, and the ranking of a program's projects within its budget ceiling. Plain Java.
 */
@NullMarked
package org.scibureau.plan.review.domain;

import org.jspecify.annotations.NullMarked;
