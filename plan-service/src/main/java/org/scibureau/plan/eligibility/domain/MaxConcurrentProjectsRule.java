package org.scibureau.plan.eligibility.domain;

/**
 * A principal investigator may lead at most this many ongoing projects at a time, the applied-for one included: an
 * investigator who already leads {@code projects} ongoing projects may not apply.
 *
 * @param projects the most ongoing projects per investigator, at least one
 */
public record MaxConcurrentProjectsRule(int projects) implements EligibilityRule {

	public static final String KIND = "max-concurrent-projects";

	public MaxConcurrentProjectsRule {
		if (projects <= 0) {
			throw new IllegalArgumentException("A maximum of concurrent projects is at least 1: " + projects);
		}
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public EligibilityMessage description() {
		return EligibilityMessage.description(KIND, this.projects);
	}

	@Override
	public RuleResult check(ApplicationFacts facts) {
		ApplicationFacts.Investigator investigator = facts.principalInvestigator();
		if (investigator == null) {
			return RuleResult.unknown(KIND);
		}
		int ongoing = investigator.ongoingProjects();
		return (ongoing < this.projects) ? RuleResult.passed(KIND, ongoing, this.projects)
				: RuleResult.failed(KIND, ongoing, this.projects);
	}

}
