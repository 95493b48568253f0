package org.scibureau.plan.eligibility.domain;

import java.util.List;

import org.scibureau.platform.security.Jurisdiction;

/**
 * Only organisations registered in the listed divisions may apply; a city code admits its districts too.
 *
 * @param allowed the admitted 6-digit division codes, at least one; kept distinct and sorted
 */
public record JurisdictionRule(List<String> allowed) implements EligibilityRule {

	public static final String KIND = "jurisdiction";

	public JurisdictionRule {
		if (allowed.isEmpty()) {
			throw new IllegalArgumentException("A jurisdiction rule admits at least one division");
		}
		for (String code : allowed) {
			if (!Jurisdiction.isValid(code)) {
				throw new IllegalArgumentException("Not a 6-digit administrative division code: " + code);
			}
		}
		allowed = allowed.stream().distinct().sorted().toList();
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public EligibilityMessage description() {
		return EligibilityMessage.description(KIND, this.allowed);
	}

	@Override
	public RuleResult check(ApplicationFacts facts) {
		ApplicationFacts.Organisation organisation = facts.organisation();
		if (organisation == null) {
			return RuleResult.unknown(KIND);
		}
		String division = organisation.jurisdiction();
		boolean admitted = this.allowed.stream().anyMatch((code) -> new Jurisdiction(code).covers(division));
		return admitted ? RuleResult.passed(KIND, division) : RuleResult.failed(KIND, division);
	}

}
