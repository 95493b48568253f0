package org.scibureau.funding.allocation;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.scibureau.funding.allocation.domain.ConfirmationThreshold;
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

	/**
	 * The figures funding-service ships.
	 *
	 * @param confirmationAbove a disbursement of more needs a second finance officer (default ¥1,000,000)
	 */
	@ConfigurationProperties("scibureau.funding.disbursement")
	record Defaults(@DefaultValue("1000000.00") BigDecimal confirmationAbove) {
	}

}
