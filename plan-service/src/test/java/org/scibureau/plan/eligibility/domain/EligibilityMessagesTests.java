package org.scibureau.plan.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.eligible;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.everyRule;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.ineligible;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.nothingKnown;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.withDuration;
import static org.scibureau.plan.eligibility.domain.EligibilityFixtures.withInvestigator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.scibureau.plan.organisation.domain.OrganisationType;

/**
 * The engine's message codes against plan-service's {@code problems} bundles, rendered the way the web layer does:
 * with {@link MessageFormat} when there are arguments, as they are otherwise (as Spring's message source does).
 */
class EligibilityMessagesTests {

	private static final Properties ENGLISH = load("/problems.properties");

	private static final Properties CHINESE = load("/problems_zh_CN.properties");

	@Test
	void producesEveryOutcomeOfEveryKind() {
		Set<String> codes = codes(everyMessage());

		for (EligibilityRule rule : everyRule().rules()) {
			for (String outcome : List.of("description", "passed", "failed", "unknown")) {
				assertThat(codes).contains("eligibility." + rule.kind() + "." + outcome);
			}
		}
		Arrays.stream(OrganisationType.values())
			.forEach((type) -> assertThat(codes).contains("organisation-type." + type.name()));
	}

	@Test
	void hasEveryCodeTheEngineProducesInBothLanguages() {
		for (String code : codes(everyMessage())) {
			assertThat(ENGLISH.getProperty(code)).as("English %s", code).isNotBlank();
			assertThat(CHINESE.getProperty(code)).as("Chinese %s", code).isNotBlank();
		}
	}

	@Test
	void hasTheSameKeysInBothLanguages() {
		assertThat(CHINESE.stringPropertyNames()).isEqualTo(ENGLISH.stringPropertyNames());
	}

	@Test
	void rendersEveryMessageCompletelyInBothLanguages() {
		for (EligibilityMessage message : everyMessage()) {
			for (Properties bundle : List.of(ENGLISH, CHINESE)) {
				assertThat(render(message, bundle)).as(message.code())
					.isNotBlank()
					.doesNotContain("{", "}", "''", "[", "]", "#");
			}
		}
	}

	@Test
	void keepsReasonArgumentsToNumbersAndStrings() {
		Predicate<Object> scalar = (argument) -> argument instanceof Number || argument instanceof String;

		assertThat(reasons()).flatExtracting(EligibilityMessage::arguments).allMatch(scalar);
	}

	@Test
	void rendersFiguresAndListsAsAReaderExpects() {
		EligibilityMessage types = everyRule().rules().get(0).description();
		EligibilityMessage amount = everyRule().check(ineligible()).results().get(2).reason();
		EligibilityMessage projects = everyRule().check(withInvestigator(1, false)).results().get(4).reason();
		EligibilityMessage duration = everyRule().check(withDuration(1)).results().get(3).reason();

		assertThat(render(types, ENGLISH)).isEqualTo("Applicant organisation type: one of university, research institute");
		assertThat(render(types, CHINESE)).isEqualTo("申报单位类型须为：高等学校、科研院所");
		assertThat(render(amount, ENGLISH))
			.isEqualTo("Requested amount 500,000.01 CNY exceeds the call's maximum of 500,000.00 CNY");
		assertThat(render(amount, CHINESE)).isEqualTo("申请经费 500,000.01 元，超过本指南上限 500,000.00 元");
		assertThat(render(projects, ENGLISH)).isEqualTo(
				"The principal investigator leads 1 ongoing project; with this one that is within the call's limit of 2");
		assertThat(render(duration, ENGLISH)).isEqualTo("A duration of 1 month is within the call's maximum of 36 months");
	}

	private static List<EligibilityMessage> everyMessage() {
		List<EligibilityMessage> messages = new ArrayList<>(reasons());
		everyRule().rules().forEach((rule) -> messages.add(rule.description()));
		messages.add(new OrganisationTypeRule(List.of(OrganisationType.values())).description());
		return messages;
	}

	private static List<EligibilityMessage> reasons() {
		return Stream.of(eligible(), ineligible(), nothingKnown(), withInvestigator(0, false), withDuration(1))
			.flatMap((facts) -> everyRule().check(facts).results().stream())
			.map(RuleResult::reason)
			.toList();
	}

	private static Set<String> codes(List<EligibilityMessage> messages) {
		Set<String> codes = new TreeSet<>();
		messages.forEach((message) -> collectCodes(message, codes));
		return codes;
	}

	private static void collectCodes(Object argument, Set<String> codes) {
		if (argument instanceof EligibilityMessage message) {
			codes.add(message.code());
			message.arguments().forEach((nested) -> collectCodes(nested, codes));
		}
		else if (argument instanceof List<?> list) {
			codes.add(EligibilityMessage.LIST_SEPARATOR);
			list.forEach((item) -> collectCodes(item, codes));
		}
	}

	private static String render(EligibilityMessage message, Properties bundle) {
		String pattern = Objects.requireNonNull(bundle.getProperty(message.code()), message.code());
		if (message.arguments().isEmpty()) {
			return pattern;
		}
		Locale locale = (bundle == CHINESE) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
		Object[] arguments = message.arguments().stream().map((argument) -> argument(argument, bundle)).toArray();
		return new MessageFormat(pattern, locale).format(arguments);
	}

	private static Object argument(Object argument, Properties bundle) {
		if (argument instanceof EligibilityMessage nested) {
			return render(nested, bundle);
		}
		if (argument instanceof List<?> list) {
			return list.stream()
				.map((item) -> String.valueOf(argument(item, bundle)))
				.collect(Collectors.joining(bundle.getProperty(EligibilityMessage.LIST_SEPARATOR)));
		}
		return argument;
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = EligibilityMessagesTests.class.getResourceAsStream(resource)) {
			Objects.requireNonNull(in, resource);
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
