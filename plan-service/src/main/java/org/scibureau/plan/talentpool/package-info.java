/**
 * What plan-service knows of talent-service's pool: researchers, experts and integrity sanctions, kept as read
 * models fed by their events, for eligibility checks and expert assignment.
 */
@NullMarked
package org.scibureau.plan.talentpool;

import org.jspecify.annotations.NullMarked;
