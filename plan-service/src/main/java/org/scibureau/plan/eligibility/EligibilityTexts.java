package org.scibureau.plan.eligibility;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.scibureau.plan.eligibility.domain.EligibilityMessage;
import org.scibureau.plan.eligibility.domain.EligibilityRule;
import org.scibureau.plan.eligibility.domain.EligibilityRules;

/**
 * Renders the eligibility engine's messages from plan-service's {@code problems} bundles (with the platform's
 * behind them), in English and Simplified Chinese: the rules' public descriptions and the reasons of a check.
 * <p>
 * A message argument that is itself a message is rendered first in the same language; a list argument is rendered
 * item by item and joined with the language's list separator. Messages without arguments are taken as they are,
 * as the bundles' conventions expect.
 */
@Component
public class EligibilityTexts {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	private final JsonMapper json;

	EligibilityTexts(JsonMapper json) {
		this.json = json;
		this.messages.setBasenames("problems", "org/scibureau/platform/web/problems");
		this.messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		this.messages.setFallbackToSystemLocale(false);
		this.messages.setDefaultLocale(Locale.ENGLISH);
	}

	/** The message in English and in Simplified Chinese. */
	public Bilingual bilingual(EligibilityMessage message) {
		return new Bilingual(render(message, Locale.ENGLISH), render(message, Locale.SIMPLIFIED_CHINESE));
	}

	/** The message in one language. */
	public String render(EligibilityMessage message, Locale locale) {
		Object[] arguments = message.arguments().stream().map((argument) -> argument(argument, locale)).toArray();
		return this.messages.getMessage(message.code(), arguments, locale);
	}

	/** The rules as a call shows them, in the call's order. */
	public List<DescribedRule> describe(EligibilityRules rules) {
		return rules.rules().stream().map(this::describe).toList();
	}

	private DescribedRule describe(EligibilityRule rule) {
		ObjectNode members = this.json.valueToTree(rule);
		Map<String, JsonNode> data = new LinkedHashMap<>();
		members.properties().forEach((member) -> data.put(member.getKey(), member.getValue()));
		data.remove("kind");
		return new DescribedRule(rule.kind(), data, bilingual(rule.description()));
	}

	private Object argument(Object argument, Locale locale) {
		if (argument instanceof EligibilityMessage nested) {
			return render(nested, locale);
		}
		if (argument instanceof List<?> items) {
			String separator = this.messages.getMessage(EligibilityMessage.LIST_SEPARATOR, null, locale);
			return items.stream()
				.map((item) -> String.valueOf(argument(item, locale)))
				.collect(Collectors.joining(separator));
		}
		return argument;
	}

}
