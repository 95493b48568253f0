package org.scibureau.plan.call;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.scibureau.plan.call.domain.Call;
import org.scibureau.plan.eligibility.Bilingual;
import org.scibureau.plan.eligibility.EligibilityTexts;
import org.scibureau.plan.eligibility.domain.EligibilityReport;
import org.scibureau.plan.eligibility.domain.EligibilityRule;

/**
 * The answer of an eligibility check: every rule of the call with whether the application meets it and why, in
 * English and Chinese whatever the caller's language, so that an applicant can pass the answer on.
 *
 * @param callId the call
 * @param rulesVersion the version of the rules that answered
 * @param eligible whether the application meets every rule
 * @param acceptsSubmissions whether the call accepts submissions now
 * @param results one result per rule, in the call's order
 */
record EligibilityCheckView(UUID callId, int rulesVersion, boolean eligible, boolean acceptsSubmissions,
		List<Result> results) {

	static EligibilityCheckView of(Call call, EligibilityReport report, boolean acceptsSubmissions,
			EligibilityTexts texts) {
		Map<String, EligibilityRule> rules = call.eligibilityRules()
			.rules()
			.stream()
			.collect(Collectors.toMap(EligibilityRule::kind, Function.identity()));
		return new EligibilityCheckView(call.id(), call.rulesVersion(), report.eligible(), acceptsSubmissions,
				report.results()
					.stream()
					.map((result) -> new Result(result.kind(), result.passed(),
							texts.bilingual(rules.get(result.kind()).description()), texts.bilingual(result.reason())))
					.toList());
	}

	/**
	 * The answer of one rule.
	 *
	 * @param kind the rule's kind
	 * @param passed whether the application meets it
	 * @param description the rule as the call states it
	 * @param reason why it passed or failed
	 */
	record Result(String kind, boolean passed, Bilingual description, Bilingual reason) {
	}

}
