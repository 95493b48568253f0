package org.scibureau.plan.eligibility.domain;

import java.util.List;

import org.scibureau.plan.organisation.domain.OrganisationType;

/**
 * Only organisations of the listed types may apply.
 *
 * @param allowed the admitted types, at least one; kept distinct in the enum's order
 */
public record OrganisationTypeRule(List<OrganisationType> allowed) implements EligibilityRule {

	public static final String KIND = "organisation-type";

	/** The prefix of a type's name code, e.g. {@code organisation-type.UNIVERSITY}. */
	private static final String TYPE_NAME = "organisation-type.";

	public OrganisationTypeRule {
		if (allowed.isEmpty()) {
			throw new IllegalArgumentException("An organisation-type rule admits at least one type");
		}
		allowed = allowed.stream().distinct().sorted().toList();
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public EligibilityMessage description() {
		return EligibilityMessage.description(KIND,
				this.allowed.stream().map((type) -> EligibilityMessage.of(TYPE_NAME + type.name())).toList());
	}

	@Override
	public RuleResult check(ApplicationFacts facts) {
		ApplicationFacts.Organisation organisation = facts.organisation();
		if (organisation == null) {
			return RuleResult.unknown(KIND);
		}
		return this.allowed.contains(organisation.type()) ? RuleResult.passed(KIND) : RuleResult.failed(KIND);
	}

}
