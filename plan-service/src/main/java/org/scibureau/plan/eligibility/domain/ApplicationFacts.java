package org.scibureau.plan.eligibility.domain;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.scibureau.plan.organisation.domain.OrganisationType;

/**
 * What the eligibility rules look at in an application, gathered from the draft and the local read models. A fact
 * that is not known (yet) is {@code null}, and every rule that needs it fails saying so.
 *
 * @param organisation the applicant organisation as registered, or {@code null} if it is not in the registry
 * @param principalInvestigator the principal investigator's record, or {@code null} if none is named or known
 * @param requestedAmount the total amount requested (CNY), or {@code null} if not given yet
 * @param durationMonths the project's duration in months, or {@code null} if not given yet
 */
public record ApplicationFacts(@Nullable Organisation organisation, @Nullable Investigator principalInvestigator,
		@Nullable BigDecimal requestedAmount, @Nullable Integer durationMonths) {

	public ApplicationFacts {
		if (requestedAmount != null && requestedAmount.signum() < 0) {
			throw new IllegalArgumentException("A requested amount is never negative: " + requestedAmount);
		}
		if (durationMonths != null && durationMonths < 0) {
			throw new IllegalArgumentException("A duration is never negative: " + durationMonths);
		}
	}

	/**
	 * The applicant organisation's registered facts.
	 *
	 * @param type its kind
	 * @param jurisdiction the 6-digit division it belongs to
	 */
	public record Organisation(OrganisationType type, String jurisdiction) {

		public Organisation {
			Objects.requireNonNull(type, "type");
			Objects.requireNonNull(jurisdiction, "jurisdiction");
		}

	}

	/**
	 * The principal investigator's standing.
	 *
	 * @param ongoingProjects how many projects the investigator leads now that count against a call's limit, this
	 * application not included
	 * @param barredFromApplying whether an integrity sanction with the apply scope is active for the investigator
	 */
	public record Investigator(int ongoingProjects, boolean barredFromApplying) {

		public Investigator {
			if (ongoingProjects < 0) {
				throw new IllegalArgumentException("A count of projects is never negative: " + ongoingProjects);
			}
		}

	}

}
