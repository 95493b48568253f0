/**
 * Projects, from the applicant's draft to their closure: the API, persistence and events around the lifecycle of
 * {@code project.domain}.
 */
@NullMarked
package org.scibureau.plan.project;

import org.jspecify.annotations.NullMarked;
