package org.scibureau.plan.eligibility.domain;

import java.util.List;

/**
 * The answers of all of a call's rules for one application, so an applicant sees every problem at once.
 *
 * @param results one result per rule, in the call's order
 */
public record EligibilityReport(List<RuleResult> results) {

	public EligibilityReport {
		results = List.copyOf(results);
	}

	/** Whether the application meets every rule. */
	public boolean eligible() {
		return this.results.stream().allMatch(RuleResult::passed);
	}

	/** The rules the application does not meet, in the call's order. */
	public List<RuleResult> failures() {
		return this.results.stream().filter((result) -> !result.passed()).toList();
	}

}
