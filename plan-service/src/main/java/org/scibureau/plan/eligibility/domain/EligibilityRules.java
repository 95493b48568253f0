package org.scibureau.plan.eligibility.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.scibureau.platform.domain.RuleViolation;

/**
 * The eligibility rules of a call, versioned with it, and the one engine that checks an application against them:
 * the same {@link #check} answers the draft's eligibility check and guards the submission.
 * <p>
 * Each kind of rule appears at most once; the rules keep the order in which the call lists them, and so do the
 * results.
 *
 * @param rules the call's rules
 */
public record EligibilityRules(List<EligibilityRule> rules) {

	public EligibilityRules {
		rules = List.copyOf(rules);
		Set<String> kinds = new HashSet<>();
		for (EligibilityRule rule : rules) {
			if (!kinds.add(rule.kind())) {
				throw new IllegalArgumentException("A call has at most one rule of kind " + rule.kind());
			}
		}
	}

	/**
	 * What keeps a list of rules, as a request gives it, from being a call's rules: a missing rule, a kind listed
	 * again.
	 * @param field the JSON path of the list, e.g. {@code eligibilityRules}
	 * @param rules the list
	 * @return one violation per offending entry, e.g. {@code eligibilityRules[2].kind duplicate}
	 */
	public static List<RuleViolation> violations(String field, List<? extends @Nullable EligibilityRule> rules) {
		List<RuleViolation> violations = new ArrayList<>();
		Set<String> kinds = new HashSet<>();
		for (int i = 0; i < rules.size(); i++) {
			EligibilityRule rule = rules.get(i);
			if (rule == null) {
				violations.add(new RuleViolation(field + "[" + i + "]", "required"));
			}
			else if (!kinds.add(rule.kind())) {
				violations.add(new RuleViolation(field + "[" + i + "].kind", "duplicate"));
			}
		}
		return violations;
	}

	/** The rules a call has unless it says otherwise: the principal investigator must not be barred by a sanction. */
	public static EligibilityRules defaults() {
		return of(new NoActiveSanctionRule());
	}

	/** The given rules, in this order. */
	public static EligibilityRules of(EligibilityRule... rules) {
		return new EligibilityRules(List.of(rules));
	}

	/** The answer of every rule, passed or failed, for one application. */
	public EligibilityReport check(ApplicationFacts facts) {
		return new EligibilityReport(this.rules.stream().map((rule) -> rule.check(facts)).toList());
	}

}
