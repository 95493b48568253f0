package org.scibureau.plan.eligibility;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an application says of itself, as far as eligibility goes; whatever it does not say yet is {@code null}, and
 * the rules that need it fail saying so.
 *
 * @param organisationId the applicant organisation
 * @param principalInvestigatorId the principal investigator
 * @param requestedAmount the total amount requested (CNY), not negative
 * @param durationMonths the project's duration in months, not negative
 * @param projectId the application itself once it is stored, so that it does not count among its principal
 * investigator's ongoing projects
 */
public record EligibilityDraft(@Nullable UUID organisationId, @Nullable UUID principalInvestigatorId,
		@Nullable BigDecimal requestedAmount, @Nullable Integer durationMonths, @Nullable UUID projectId) {
}
