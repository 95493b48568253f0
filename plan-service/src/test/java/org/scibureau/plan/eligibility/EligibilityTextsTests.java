package org.scibureau.plan.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.jackson.JacksonMixinModule;
import org.springframework.boot.jackson.JacksonMixinModuleEntries;
import org.springframework.context.support.GenericApplicationContext;

import org.scibureau.plan.eligibility.domain.EligibilityFixtures;
import org.scibureau.plan.eligibility.domain.EligibilityMessage;
import org.scibureau.plan.eligibility.domain.EligibilityRules;
import org.scibureau.plan.eligibility.domain.JurisdictionRule;
import org.scibureau.plan.eligibility.domain.MaxAmountRule;

/**
 * The rules and reasons as the API words them, from the {@code problems} bundles.
 */
class EligibilityTextsTests {

	private final JsonMapper json = JsonMapper.builder().addModule(mixins()).build();

	private final EligibilityTexts texts = new EligibilityTexts(this.json);

	@Test
	void describesEachRuleWithItsDataAndItsDescriptionInBothLanguages() {
		EligibilityRules rules = EligibilityRules.of(new MaxAmountRule(new BigDecimal("500000")),
				new JurisdictionRule(List.of("510600", "510100")));

		assertThat(this.json.writeValueAsString(this.texts.describe(rules))).isEqualTo("""
				[{"kind":"max-amount","amount":500000.00,"description":{"en":"Requested amount: at most 500,000.00 CNY",\
				"zh-CN":"申请经费不超过 500,000.00 元"}},{"kind":"jurisdiction","allowed":["510100","510600"],\
				"description":{"en":"Applicant organisation registered in: 510100, 510600 (a city code includes its \
				districts)","zh-CN":"申报单位须注册在：510100、510600（市级代码含所辖区县）"}}]""");
	}

	@Test
	void rendersNestedMessagesAndListsInTheRequestedLanguage() {
		EligibilityMessage types = EligibilityFixtures.everyRule().rules().get(0).description();

		assertThat(this.texts.render(types, Locale.ENGLISH))
			.isEqualTo("Applicant organisation type: one of university, research institute");
		assertThat(this.texts.bilingual(types))
			.isEqualTo(new Bilingual("Applicant organisation type: one of university, research institute",
					"申报单位类型须为：高等学校、科研院所"));
	}

	@Test
	void rendersAReasonWithoutArgumentsAsItIs() {
		EligibilityMessage reason = EligibilityFixtures.everyRule()
			.check(EligibilityFixtures.nothingKnown())
			.results()
			.get(2)
			.reason();

		assertThat(this.texts.bilingual(reason))
			.isEqualTo(new Bilingual("No requested amount has been given yet", "尚未填写申请经费"));
	}

	private static JacksonMixinModule mixins() {
		JacksonMixinModule module = new JacksonMixinModule();
		module.registerEntries(
				JacksonMixinModuleEntries.scan(new GenericApplicationContext(), List.of("org.scibureau.plan")),
				EligibilityTextsTests.class.getClassLoader());
		return module;
	}

}
