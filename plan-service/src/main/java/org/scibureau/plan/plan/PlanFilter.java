package org.scibureau.plan.plan;

import org.jspecify.annotations.Nullable;

import org.scibureau.plan.plan.domain.PlanKind;
import org.scibureau.plan.plan.domain.PlanStatus;

/**
 * The filters of a plan list; {@code null} means "any".
 *
 * @param status only plans in this state
 * @param kind only plans of this kind
 * @param jurisdiction only plans of exactly this division
 * @param year only plans whose period covers this year
 * @param text only plans whose title contains this text
 * @param visibleJurisdictions the {@code LIKE} pattern of the divisions the caller may see
 */
record PlanFilter(@Nullable PlanStatus status, @Nullable PlanKind kind, @Nullable String jurisdiction,
		@Nullable Integer year, @Nullable String text, @Nullable String visibleJurisdictions) {
}
