package org.scibureau.plan.call;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * The body of an eligibility check: what the application says so far. Every member is optional; a rule whose facts
 * are missing fails saying so.
 *
 * @param organisationId the applicant organisation: an applicant's own ({@code org} claim) when omitted, required
 * of a plan officer
 * @param principalInvestigatorId the principal investigator
 * @param requestedAmount the total amount requested (CNY)
 * @param durationMonths the project's duration in months
 * @param projectId the organisation's stored application to this call, if any: it does not count among the
 * principal investigator's ongoing projects, and its facts fill the members not given here
 */
record EligibilityCheckRequest(@Nullable UUID organisationId, @Nullable UUID principalInvestigatorId,
		@Nullable @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal requestedAmount,
		@Nullable @PositiveOrZero Integer durationMonths, @Nullable UUID projectId) {
}
