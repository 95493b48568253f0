package org.scibureau.plan.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.CHENGDU;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.DEYANG;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.WUHOU;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.nothingKnown;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.withAmount;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.withDuration;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.withInvestigator;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.withOrganisation;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.scibureau.plan.organisation.domain.OrganisationType;

class EligibilityRuleTests {

	@Nested
	class OrganisationTypes {

		private final OrganisationTypeRule rule = new OrganisationTypeRule(
				List.of(OrganisationType.RESEARCH_INSTITUTE, OrganisationType.UNIVERSITY));

		@ParameterizedTest
		@EnumSource(OrganisationType.class)
		void passesExactlyTheAdmittedTypes(OrganisationType type) {
			RuleResult result = this.rule.check(withOrganisation(type, WUHOU));

			boolean admitted = type == OrganisationType.UNIVERSITY || type == OrganisationType.RESEARCH_INSTITUTE;
			assertThat(result.passed()).isEqualTo(admitted);
			assertThat(result.kind()).isEqualTo("organisation-type");
			assertThat(result.reason()).isEqualTo(EligibilityMessage
				.of(admitted ? "eligibility.organisation-type.passed" : "eligibility.organisation-type.failed"));
		}

		@Test
		void failsWhenTheOrganisationIsNotRegistered() {
			RuleResult result = this.rule.check(nothingKnown());

			assertThat(result.passed()).isFalse();
			assertThat(result.reason().code()).isEqualTo("eligibility.organisation-type.unknown");
		}

		@Test
		void describesTheAdmittedTypesByTheirNamesInTheEnumsOrder() {
			assertThat(this.rule.description()).isEqualTo(EligibilityMessage.of(
					"eligibility.organisation-type.description",
					List.of(EligibilityMessage.of("organisation-type.UNIVERSITY"),
							EligibilityMessage.of("organisation-type.RESEARCH_INSTITUTE"))));
		}

		@Test
		void keepsEachTypeOnce() {
			OrganisationTypeRule repeated = new OrganisationTypeRule(
					List.of(OrganisationType.HOSPITAL, OrganisationType.UNIVERSITY, OrganisationType.HOSPITAL));

			assertThat(repeated.allowed()).containsExactly(OrganisationType.UNIVERSITY, OrganisationType.HOSPITAL);
		}

		@Test
		void admitsAtLeastOneType() {
			assertThatIllegalArgumentException().isThrownBy(() -> new OrganisationTypeRule(List.of()));
		}

	}

	@Nested
	class Jurisdictions {

		@ParameterizedTest
		@CsvSource({ "510100, 510100, true", "510100, 510107, true", "510100, 510199, true",
				"510107, 510107, true", "510107, 510104, false", "510107, 510100, false", "510100, 510600, false",
				"510100, 510007, false" })
		void passesDivisionsTheCallCovers(String allowed, String division, boolean passes) {
			RuleResult result = new JurisdictionRule(List.of(allowed))
				.check(withOrganisation(OrganisationType.UNIVERSITY, division));

			assertThat(result.passed()).isEqualTo(passes);
			assertThat(result.reason()).isEqualTo(EligibilityMessage.of(
					passes ? "eligibility.jurisdiction.passed" : "eligibility.jurisdiction.failed", division));
		}

		@Test
		void passesADivisionCoveredByAnyOfSeveralCodes() {
			JurisdictionRule rule = new JurisdictionRule(List.of(DEYANG, "510104", WUHOU));

			assertThat(rule.check(withOrganisation(OrganisationType.UNIVERSITY, WUHOU)).passed()).isTrue();
			assertThat(rule.check(withOrganisation(OrganisationType.UNIVERSITY, "510681")).passed()).isTrue();
			assertThat(rule.check(withOrganisation(OrganisationType.UNIVERSITY, "510105")).passed()).isFalse();
		}

		@Test
		void failsAMalformedDivisionOfTheOrganisation() {
			RuleResult result = new JurisdictionRule(List.of(CHENGDU))
				.check(withOrganisation(OrganisationType.UNIVERSITY, "5101"));

			assertThat(result.passed()).isFalse();
		}

		@Test
		void failsWhenTheOrganisationIsNotRegistered() {
			RuleResult result = new JurisdictionRule(List.of(CHENGDU)).check(nothingKnown());

			assertThat(result.passed()).isFalse();
			assertThat(result.reason().code()).isEqualTo("eligibility.jurisdiction.unknown");
		}

		@Test
		void describesTheDivisionsSortedOnce() {
			JurisdictionRule rule = new JurisdictionRule(List.of(WUHOU, CHENGDU, WUHOU));

			assertThat(rule.allowed()).containsExactly(CHENGDU, WUHOU);
			assertThat(rule.description())
				.isEqualTo(EligibilityMessage.of("eligibility.jurisdiction.description", List.of(CHENGDU, WUHOU)));
		}

		@Test
		void refusesCodesThatAreNotSixDigits() {
			assertThatIllegalArgumentException().isThrownBy(() -> new JurisdictionRule(List.of("51010")));
			assertThatIllegalArgumentException().isThrownBy(() -> new JurisdictionRule(List.of("51010x")));
			assertThatIllegalArgumentException().isThrownBy(() -> new JurisdictionRule(List.of()));
		}

	}

	@Nested
	class MaxAmounts {

		private final MaxAmountRule rule = new MaxAmountRule(new BigDecimal("500000.00"));

		@ParameterizedTest
		@CsvSource({ "0.00, true", "499999.99, true", "500000.00, true", "500000, true", "500000.000, true",
				"500000.01, false", "9000000.00, false" })
		void passesAmountsUpToAndIncludingTheMaximum(String requested, boolean passes) {
			RuleResult result = this.rule.check(withAmount(requested));

			assertThat(result.passed()).isEqualTo(passes);
			assertThat(result.reason()).isEqualTo(
					EligibilityMessage.of(passes ? "eligibility.max-amount.passed" : "eligibility.max-amount.failed",
							new BigDecimal(requested), new BigDecimal("500000.00")));
		}

		@Test
		void failsWhenNoAmountIsGiven() {
			RuleResult result = this.rule.check(nothingKnown());

			assertThat(result.passed()).isFalse();
			assertThat(result.reason().code()).isEqualTo("eligibility.max-amount.unknown");
		}

		@Test
		void keepsTheMaximumInFen() {
			assertThat(new MaxAmountRule(new BigDecimal("800000")).amount()).isEqualByComparingTo("800000")
				.hasScaleOf(2);
			assertThat(new MaxAmountRule(new BigDecimal("800000")).description()).isEqualTo(
					EligibilityMessage.of("eligibility.max-amount.description", new BigDecimal("800000.00")));
		}

		@Test
		void refusesAMaximumThatIsNotAPositiveSumInFen() {
			assertThatIllegalArgumentException().isThrownBy(() -> new MaxAmountRule(BigDecimal.ZERO));
			assertThatIllegalArgumentException().isThrownBy(() -> new MaxAmountRule(new BigDecimal("-1.00")));
			assertThatIllegalArgumentException().isThrownBy(() -> new MaxAmountRule(new BigDecimal("100.001")));
		}

	}

	@Nested
	class MaxDurations {

		private final MaxDurationRule rule = new MaxDurationRule(36);

		@ParameterizedTest
		@CsvSource({ "0, true", "1, true", "35, true", "36, true", "37, false", "120, false" })
		void passesDurationsUpToAndIncludingTheMaximum(int months, boolean passes) {
			RuleResult result = this.rule.check(withDuration(months));

			assertThat(result.passed()).isEqualTo(passes);
			assertThat(result.reason()).isEqualTo(EligibilityMessage.of(
					passes ? "eligibility.max-duration.passed" : "eligibility.max-duration.failed", months, 36));
		}

		@Test
		void failsWhenNoDurationIsGiven() {
			RuleResult result = this.rule.check(nothingKnown());

			assertThat(result.passed()).isFalse();
			assertThat(result.reason().code()).isEqualTo("eligibility.max-duration.unknown");
		}

		@Test
		void refusesAMaximumBelowOneMonth() {
			assertThatIllegalArgumentException().isThrownBy(() -> new MaxDurationRule(0));
		}

	}

	@Nested
	class MaxConcurrentProjects {

		private final MaxConcurrentProjectsRule rule = new MaxConcurrentProjectsRule(2);

		@ParameterizedTest
		@CsvSource({ "0, true", "1, true", "2, false", "5, false" })
		void countsTheNewProjectAgainstTheLimit(int ongoing, boolean passes) {
			RuleResult result = this.rule.check(withInvestigator(ongoing, false));

			assertThat(result.passed()).isEqualTo(passes);
			assertThat(result.reason()).isEqualTo(EligibilityMessage.of(passes
					? "eligibility.max-concurrent-projects.passed" : "eligibility.max-concurrent-projects.failed",
					ongoing, 2));
		}

		@Test
		void admitsOnlyInvestigatorsWithoutOngoingProjectsWhenTheLimitIsOne() {
			MaxConcurrentProjectsRule one = new MaxConcurrentProjectsRule(1);

			assertThat(one.check(withInvestigator(0, false)).passed()).isTrue();
			assertThat(one.check(withInvestigator(1, false)).passed()).isFalse();
		}

		@Test
		void failsWhenNoInvestigatorIsKnown() {
			RuleResult result = this.rule.check(nothingKnown());

			assertThat(result.passed()).isFalse();
			assertThat(result.reason().code()).isEqualTo("eligibility.max-concurrent-projects.unknown");
		}

		@Test
		void refusesALimitBelowOne() {
			assertThatIllegalArgumentException().isThrownBy(() -> new MaxConcurrentProjectsRule(0));
		}

	}

	@Nested
	class NoActiveSanction {

		private final NoActiveSanctionRule rule = new NoActiveSanctionRule();

		@Test
		void passesAnInvestigatorInGoodStanding() {
			RuleResult result = this.rule.check(withInvestigator(0, false));

			assertThat(result).isEqualTo(new RuleResult("no-active-sanction", true,
					EligibilityMessage.of("eligibility.no-active-sanction.passed")));
		}

		@Test
		void failsAnInvestigatorBarredFromApplying() {
			RuleResult result = this.rule.check(withInvestigator(0, true));

			assertThat(result).isEqualTo(new RuleResult("no-active-sanction", false,
					EligibilityMessage.of("eligibility.no-active-sanction.failed")));
		}

		@Test
		void failsWhenNoInvestigatorIsKnown() {
			RuleResult result = this.rule.check(nothingKnown());

			assertThat(result.passed()).isFalse();
			assertThat(result.reason().code()).isEqualTo("eligibility.no-active-sanction.unknown");
		}

	}

	@Nested
	class Facts {

		@Test
		void refuseNegativeFigures() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new ApplicationFacts(null, null, new BigDecimal("-0.01"), null));
			assertThatIllegalArgumentException().isThrownBy(() -> new ApplicationFacts(null, null, null, -1));
			assertThatIllegalArgumentException().isThrownBy(() -> new ApplicationFacts.Investigator(-1, false));
		}

	}

}
