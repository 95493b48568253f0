package org.scibureau.platform.autoconfigure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import org.scibureau.platform.rules.RuleAccessRules;
import org.scibureau.platform.rules.RuleBook;
import org.scibureau.platform.rules.RuleController;
import org.scibureau.platform.security.AccessRules;

/**
 * The rules' HTTP API of a service that names its path in {@code scibureau.rules.path}, e.g. {@code /api/plan/rules}.
 */
@AutoConfiguration(after = PlatformDataAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnBean(RuleBook.class)
@ConditionalOnProperty("scibureau.rules.path")
public final class PlatformRulesAutoConfiguration {

	@Bean
	RuleController ruleController(RuleBook rules, @Value("${scibureau.rules.path}") String path) {
		return new RuleController(rules, path);
	}

	@Bean
	AccessRules ruleAccessRules(@Value("${scibureau.rules.path}") String path) {
		return new RuleAccessRules(path);
	}

}
