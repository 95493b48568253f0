package org.scibureau.platform.web;

import java.util.List;

import org.scibureau.platform.domain.IllegalTransition;
import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.domain.RulesViolated;

/**
 * Translates the domain's refusals into the platform's problems: an illegal transition is 409 naming the state
 * and its allowed actions; broken rules are 422 with one entry per rule.
 */
public final class DomainProblems {

	private DomainProblems() {
	}

	/** For {@code onErrorMap}: domain refusals become problems, anything else passes unchanged. */
	public static Throwable translate(Throwable failure) {
		if (failure instanceof IllegalTransition refused) {
			return ProblemException.illegalState(refused.action(), refused.currentState(), refused.allowedActions());
		}
		if (failure instanceof RulesViolated broken) {
			return unprocessable(broken.violations());
		}
		return failure;
	}

	/** The 422 listing every broken rule. */
	public static ProblemException unprocessable(List<RuleViolation> violations) {
		return ProblemException.unprocessable(violations.stream()
			.map((violation) -> (violation.messageKey() != null)
					? new FieldViolation(violation.field(), violation.rule(), violation.messageKey(), violation.arguments())
					: FieldViolation.of(violation.field(), violation.rule(), violation.arguments()))
			.toList());
	}

}
