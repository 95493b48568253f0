package org.scibureau.plan.eligibility;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.springframework.boot.jackson.JacksonMixin;

import org.scibureau.plan.eligibility.domain.EligibilityRule;
import org.scibureau.plan.eligibility.domain.JurisdictionRule;
import org.scibureau.plan.eligibility.domain.MaxAmountRule;
import org.scibureau.plan.eligibility.domain.MaxConcurrentProjectsRule;
import org.scibureau.plan.eligibility.domain.MaxDurationRule;
import org.scibureau.plan.eligibility.domain.NoActiveSanctionRule;
import org.scibureau.plan.eligibility.domain.OrganisationTypeRule;

/**
 * The JSON form of an eligibility rule, kept out of the plain-Java domain: the rule's components plus its
 * {@code kind}, e.g. {@code {"kind":"max-amount","amount":500000.00}}, the same in the stored call and over HTTP.
 * <p>
 * Boot registers it with the application's {@code JsonMapper}. A new rule needs its line here; the JSON round trip
 * test names any rule that lacks one.
 */
@JacksonMixin(EligibilityRule.class)
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = OrganisationTypeRule.class, name = OrganisationTypeRule.KIND),
		@JsonSubTypes.Type(value = JurisdictionRule.class, name = JurisdictionRule.KIND),
		@JsonSubTypes.Type(value = MaxAmountRule.class, name = MaxAmountRule.KIND),
		@JsonSubTypes.Type(value = MaxDurationRule.class, name = MaxDurationRule.KIND),
		@JsonSubTypes.Type(value = MaxConcurrentProjectsRule.class, name = MaxConcurrentProjectsRule.KIND),
		@JsonSubTypes.Type(value = NoActiveSanctionRule.class, name = NoActiveSanctionRule.KIND) })
abstract class EligibilityRuleJson {

}
