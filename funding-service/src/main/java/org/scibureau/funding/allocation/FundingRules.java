package org.scibureau.funding.allocation;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.scibureau.funding.allocation.domain.ConfirmationThreshold;
import org.scibureau.funding.allocation.domain.VarianceAllowance;
import org.scibureau.platform.rules.RuleDefinition;

/**
 * funding-service's rules (ADR 0015), read and changed at {@code /api/funding/rules}; the configuration ships their
 * first versions.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FundingRules.Defaults.class)
class FundingRules {

	@Bean
	RuleDefinition<ConfirmationThreshold> confirmationThresholdRule(Defaults defaults) {
		return RuleDefinition.of("disbursement-confirmation-threshold",
				"Above which amount in CNY a disbursement needs a second finance officer's confirmation",
				ConfirmationThreshold.class, new ConfirmationThreshold(defaults.confirmationAbove()));
	}

	@Bean
	RuleDefinition<VarianceAllowance> varianceAllowanceRule(Defaults defaults) {
		return RuleDefinition.of("expenditure-variance-allowance",
				"By how many percent spending on a budget category may exceed its budget before it raises an alert",
				VarianceAllowance.class, new VarianceAllowance(defaults.varianceAllowancePercent()));
	}

	/**
	 * The figures funding-service ships.
	 *
	 * @param confirmationAbove a disbursement of more needs a second finance officer (default ¥1,000,000)
	 * @param varianceAllowancePercent spending on a budget category may exceed its budget by this share before it
	 * raises an alert (default 10%, unverified)
	 */
	@ConfigurationProperties("scibureau.funding.disbursement")
	record Defaults(@DefaultValue("1000000.00") BigDecimal confirmationAbove,
			@DefaultValue("10") BigDecimal varianceAllowancePercent) {
	}

}
