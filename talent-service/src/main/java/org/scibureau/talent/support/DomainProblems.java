package org.scibureau.talent.support;

import java.util.List;

import org.scibureau.platform.web.FieldViolation;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.talent.lifecycle.RuleViolation;

/**
 * Translates the domain's refusals into the platform's problems: broken rules are 422 with one entry per rule.
 */
public final class DomainProblems {

	private DomainProblems() {
	}

	/** The 422 listing every broken rule. */
	public static ProblemException unprocessable(List<RuleViolation> violations) {
		return ProblemException.unprocessable(violations.stream()
			.map((violation) -> FieldViolation.of(violation.field(), violation.rule(), violation.arguments()))
			.toList());
	}

}
