package org.scibureau.platform.testapp;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.scibureau.platform.rules.RuleDefinition;

/**
 * The test application's one rule: how many things a caller may hold, and the shares they are paid in.
 */
@Configuration(proxyBeanMethods = false)
public class ThingRules {

	/** The rule's shipped default. */
	public static final ThingQuota SHIPPED = new ThingQuota(3, List.of(BigDecimal.valueOf(60), BigDecimal.valueOf(40)));

	@Bean
	RuleDefinition<ThingQuota> thingQuota() {
		return RuleDefinition.of("thing-quota", "How many things a caller holds and the shares they are paid in",
				ThingQuota.class, SHIPPED);
	}

	/**
	 * The rule's value; it refuses inconsistent figures as a domain value does.
	 *
	 * @param max how many things, at least 1
	 * @param shares percentages adding up to 100
	 */
	public record ThingQuota(int max, List<BigDecimal> shares) {

		public ThingQuota {
			shares = List.copyOf(shares);
			if (max < 1) {
				throw new IllegalArgumentException("A quota holds at least one thing: " + max);
			}
			if (shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.valueOf(100)) != 0) {
				throw new IllegalArgumentException("Shares must add up to 100: " + shares);
			}
		}

	}

}
