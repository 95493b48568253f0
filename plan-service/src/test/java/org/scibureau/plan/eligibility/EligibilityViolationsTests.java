package org.scibureau.plan.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import org.scibureau.plan.eligibility.domain.EligibilityFixtures;
import org.scibureau.plan.eligibility.domain.EligibilityReport;
import org.scibureau.platform.domain.RuleViolation;

/**
 * The failed rules of a report as violations of an application, as the submission reports them.
 */
class EligibilityViolationsTests {

	@Test
	void namesTheMemberEachFailedRuleJudgesWithTheRulesReason() {
		EligibilityReport report = EligibilityFixtures.everyRule().check(EligibilityFixtures.ineligible());

		assertThat(EligibilityService.violations(report))
			.extracting(RuleViolation::field, RuleViolation::rule, RuleViolation::messageKey)
			.containsExactly(tuple("organisationId", "organisation-type", "eligibility.organisation-type.failed"),
					tuple("organisationId", "jurisdiction", "eligibility.jurisdiction.failed"),
					tuple("requestedAmount", "max-amount", "eligibility.max-amount.failed"),
					tuple("durationMonths", "max-duration", "eligibility.max-duration.failed"),
					tuple("principalInvestigatorId", "max-concurrent-projects",
							"eligibility.max-concurrent-projects.failed"),
					tuple("principalInvestigatorId", "no-active-sanction", "eligibility.no-active-sanction.failed"));
		assertThat(EligibilityService.violations(report).get(2).arguments())
			.containsExactlyElementsOf(report.results().get(2).reason().arguments());
	}

	@Test
	void reportsNoViolationForAnEligibleApplication() {
		EligibilityReport report = EligibilityFixtures.everyRule().check(EligibilityFixtures.eligible());

		assertThat(EligibilityService.violations(report)).isEmpty();
	}

}
