/**
 * What the aggregates of every service share: refused transitions and broken rules, answered by
 * {@link org.scibureau.platform.web.DomainProblems} as 409 and 422 problems. Plain Java, for the domain packages.
 */
@NullMarked
package org.scibureau.platform.domain;

import org.jspecify.annotations.NullMarked;
