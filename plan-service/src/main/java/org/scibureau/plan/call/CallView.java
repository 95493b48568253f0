package org.scibureau.plan.call;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.plan.call.domain.Call;
import org.scibureau.plan.eligibility.DescribedRule;
import org.scibureau.plan.eligibility.EligibilityTexts;

/**
 * A call for proposals as the API shows it.
 *
 * @param id the call
 * @param reference the officials' reference
 * @param planId the published plan
 * @param programId the program it funds
 * @param title the title
 * @param description the description
 * @param opensAt when it opens
 * @param closesAt when it closes
 * @param jurisdiction the owning division
 * @param eligibilityRules who may apply: each rule's kind, figures and description in English and Chinese
 * @param rulesVersion the version of the rules
 * @param status the state
 * @param version the version (the ETag without quotes)
 * @param allowedActions what may be done next
 * @param openedAt when it actually opened
 * @param closedAt when it actually closed
 */
record CallView(UUID id, String reference, UUID planId, UUID programId, String title, String description,
		Instant opensAt, Instant closesAt, String jurisdiction, List<DescribedRule> eligibilityRules, int rulesVersion,
		String status, long version, List<String> allowedActions, @Nullable Instant openedAt,
		@Nullable Instant closedAt) {

	static CallView of(Call call, EligibilityTexts texts) {
		return new CallView(call.id(), call.reference(), call.planId(), call.programId(), call.title(),
				call.description(), call.opensAt(), call.closesAt(), call.jurisdiction(),
				texts.describe(call.eligibilityRules()), call.rulesVersion(), call.status().name(), call.version(),
				call.allowedActions(), call.openedAt(), call.closedAt());
	}

}
