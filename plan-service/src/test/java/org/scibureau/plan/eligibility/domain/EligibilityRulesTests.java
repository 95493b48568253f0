package org.scibureau.plan.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.eligible;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.everyRule;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.ineligible;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.nothingKnown;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.withAmount;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.withInvestigator;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.scibureau.platform.domain.RuleViolation;

class EligibilityRulesTests {

	private static final List<String> EVERY_KIND = List.of("organisation-type", "jurisdiction", "max-amount",
			"max-duration", "max-concurrent-projects", "no-active-sanction");

	@Test
	void holdsOneRuleOfEveryKindInTheFixture() {
		assertThat(everyRule().rules()).<Class<?>>extracting(Object::getClass)
			.containsExactlyInAnyOrder(EligibilityRule.class.getPermittedSubclasses());
	}

	@Test
	void passesAnEligibleApplicationOnEveryRule() {
		EligibilityReport report = everyRule().check(eligible());

		assertThat(report.eligible()).isTrue();
		assertThat(report.failures()).isEmpty();
		assertThat(report.results()).extracting(RuleResult::kind).containsExactlyElementsOf(EVERY_KIND);
		assertThat(report.results()).allSatisfy((result) -> assertThat(result.reason().code()).endsWith(".passed"));
	}

	@Test
	void reportsEveryBrokenRuleAtOnce() {
		EligibilityReport report = everyRule().check(ineligible());

		assertThat(report.eligible()).isFalse();
		assertThat(report.failures()).extracting(RuleResult::kind, (result) -> result.reason().code())
			.containsExactly(tuple("organisation-type", "eligibility.organisation-type.failed"),
					tuple("jurisdiction", "eligibility.jurisdiction.failed"),
					tuple("max-amount", "eligibility.max-amount.failed"),
					tuple("max-duration", "eligibility.max-duration.failed"),
					tuple("max-concurrent-projects", "eligibility.max-concurrent-projects.failed"),
					tuple("no-active-sanction", "eligibility.no-active-sanction.failed"));
	}

	@Test
	void failsEveryRuleWhoseFactsAreUnknownSayingSo() {
		EligibilityReport report = everyRule().check(nothingKnown());

		assertThat(report.eligible()).isFalse();
		assertThat(report.results()).extracting(RuleResult::kind).containsExactlyElementsOf(EVERY_KIND);
		assertThat(report.failures()).extracting((result) -> result.reason().code())
			.allSatisfy((code) -> assertThat(code).endsWith(".unknown"))
			.hasSize(EVERY_KIND.size());
	}

	@Test
	void answersPassedRulesNextToFailedOnes() {
		EligibilityReport report = everyRule().check(withAmount("600000.00"));

		assertThat(report.eligible()).isFalse();
		assertThat(report.results()).hasSize(EVERY_KIND.size());
		assertThat(report.failures()).singleElement()
			.isEqualTo(new RuleResult("max-amount", false, EligibilityMessage.of("eligibility.max-amount.failed",
					new BigDecimal("600000.00"), new BigDecimal("500000.00"))));
	}

	@Test
	void keepsTheOrderInWhichTheCallListsItsRules() {
		EligibilityRules rules = EligibilityRules.of(new NoActiveSanctionRule(), new MaxDurationRule(12));

		assertThat(rules.check(eligible()).results()).extracting(RuleResult::kind)
			.containsExactly("no-active-sanction", "max-duration");
	}

	@Test
	void refusesTwoRulesOfOneKind() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EligibilityRules.of(new MaxDurationRule(12), new MaxDurationRule(24)))
			.withMessageContaining("max-duration");
	}

	@Test
	void barsSanctionedInvestigatorsUnlessTheCallSaysOtherwise() {
		EligibilityRules defaults = EligibilityRules.defaults();

		assertThat(defaults.rules()).containsExactly(new NoActiveSanctionRule());
		assertThat(defaults.check(withInvestigator(0, true)).eligible()).isFalse();
		assertThat(defaults.check(withInvestigator(0, false)).eligible()).isTrue();
	}

	@Test
	void admitsEveryApplicationWhenTheCallHasNoRules() {
		EligibilityReport report = EligibilityRules.of().check(nothingKnown());

		assertThat(report.eligible()).isTrue();
		assertThat(report.results()).isEmpty();
	}


	@Test
	void namesEveryMissingRuleAndEveryKindListedAgainInARequest() {
		List<EligibilityRule> rules = Arrays.asList(new MaxDurationRule(12), null, new NoActiveSanctionRule(),
				new MaxDurationRule(24), new NoActiveSanctionRule());

		assertThat(EligibilityRules.violations("eligibilityRules", rules))
			.extracting(RuleViolation::field, RuleViolation::rule)
			.containsExactly(tuple("eligibilityRules[1]", "required"), tuple("eligibilityRules[3].kind", "duplicate"),
					tuple("eligibilityRules[4].kind", "duplicate"));
		assertThat(EligibilityRules.violations("eligibilityRules", everyRule().rules())).isEmpty();
		assertThat(EligibilityRules.violations("eligibilityRules", List.of())).isEmpty();
	}

}
