package org.scibureau.plan.review;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.plan.review.domain.ReviewStatus;

/**
 * The filters of a review list; {@code null} means "any".
 *
 * @param callId only reviews of this call
 * @param status only reviews in this state
 * @param visibleJurisdictions the {@code LIKE} pattern of the divisions the caller may see
 */
record ReviewFilter(@Nullable UUID callId, @Nullable ReviewStatus status, @Nullable String visibleJurisdictions) {
}
