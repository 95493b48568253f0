package org.scibureau.plan.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.jackson.JacksonMixinModule;
import org.springframework.boot.jackson.JacksonMixinModuleEntries;
import org.springframework.context.support.GenericApplicationContext;

import org.scibureau.plan.eligibility.domain.EligibilityFixtures;
import org.scibureau.plan.eligibility.domain.EligibilityRules;
import org.scibureau.plan.eligibility.domain.JurisdictionRule;
import org.scibureau.plan.eligibility.domain.MaxAmountRule;
import org.scibureau.plan.eligibility.domain.NoActiveSanctionRule;
import org.scibureau.plan.eligibility.domain.OrganisationTypeRule;
import org.scibureau.plan.organisation.domain.OrganisationType;

/**
 * The JSON form of a call's rules, with the mix-in found the way Boot finds it (by scanning the application's
 * packages for {@code @JacksonMixin}).
 */
class EligibilityRuleJsonTests {

	private final JsonMapper json = JsonMapper.builder().addModule(mixins()).build();

	@Test
	void roundTripsOneRuleOfEveryKind() {
		EligibilityRules rules = EligibilityFixtures.everyRule();

		EligibilityRules read = this.json.readValue(this.json.writeValueAsString(rules), EligibilityRules.class);

		assertThat(read).isEqualTo(rules);
	}

	@Test
	void namesEachRuleByItsKind() {
		JsonNode written = this.json.valueToTree(EligibilityFixtures.everyRule());

		assertThat(written.get("rules").valueStream().map((rule) -> rule.get("kind").asString()))
			.containsExactly("organisation-type", "jurisdiction", "max-amount", "max-duration",
					"max-concurrent-projects", "no-active-sanction");
		assertThat(written.get("rules").get(2).get("amount").decimalValue()).isEqualTo(new BigDecimal("500000.00"));
	}

	@Test
	void readsTheStoredForm() {
		String stored = """
				{"rules": [
				  {"kind": "organisation-type", "allowed": ["UNIVERSITY", "HOSPITAL"]},
				  {"kind": "jurisdiction", "allowed": ["510100"]},
				  {"kind": "max-amount", "amount": 300000},
				  {"kind": "no-active-sanction"}
				]}""";

		EligibilityRules rules = this.json.readValue(stored, EligibilityRules.class);

		assertThat(rules).isEqualTo(EligibilityRules.of(
				new OrganisationTypeRule(List.of(OrganisationType.UNIVERSITY, OrganisationType.HOSPITAL)),
				new JurisdictionRule(List.of("510100")), new MaxAmountRule(new BigDecimal("300000.00")),
				new NoActiveSanctionRule()));
	}

	@Test
	void refusesUnknownKindsAndInvalidRules() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.json.readValue("{\"rules\":[{\"kind\":\"max-age\",\"years\":35}]}",
					EligibilityRules.class));
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.json.readValue("{\"rules\":[{\"kind\":\"max-amount\",\"amount\":-5}]}",
					EligibilityRules.class));
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.json.readValue("{\"rules\":[{\"kind\":\"max-duration\",\"months\":12},"
					+ "{\"kind\":\"max-duration\",\"months\":24}]}", EligibilityRules.class));
	}

	private static JacksonMixinModule mixins() {
		JacksonMixinModule module = new JacksonMixinModule();
		module.registerEntries(
				JacksonMixinModuleEntries.scan(new GenericApplicationContext(), List.of("org.scibureau.plan")),
				EligibilityRuleJsonTests.class.getClassLoader());
		return module;
	}

}
