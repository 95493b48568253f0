package org.scibureau.plan.call;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.plan.call.domain.CallStatus;

/**
 * The filters of a call list; {@code null} or empty means "any".
 *
 * @param statuses only calls in one of these states
 * @param programId only calls of this program
 * @param planId only calls of this plan
 * @param jurisdiction only calls of exactly this division
 * @param text only calls whose title contains this text
 * @param visibleJurisdictions the {@code LIKE} pattern of the divisions the caller may see
 */
record CallFilter(Set<CallStatus> statuses, @Nullable UUID programId, @Nullable UUID planId,
		@Nullable String jurisdiction, @Nullable String text, @Nullable String visibleJurisdictions) {
}
