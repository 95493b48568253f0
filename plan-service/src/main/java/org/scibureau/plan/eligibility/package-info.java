/**
 * Eligibility of applications to calls. A feature of its own rather than part of {@code call}: the rules are data of
 * a call, but checking them draws on the organisation registry, the projects and the integrity-sanction read model,
 * and both the call's eligibility check and the project's submission use the same engine in {@code domain}.
 */
@NullMarked
package org.scibureau.plan.eligibility;

import org.jspecify.annotations.NullMarked;
