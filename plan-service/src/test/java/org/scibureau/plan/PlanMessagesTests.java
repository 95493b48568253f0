package org.scibureau.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every rule violation plan-service reports has a message in English and in Chinese, and the two bundles agree.
 */
class PlanMessagesTests {

	private static final Pattern RULE = Pattern.compile("new RuleViolation\\([^,]+, \"([a-z][a-z-]*)\"");

	@Test
	void bothLanguagesHaveTheSameMessages() throws IOException {
		assertThat(bundle("problems_zh_CN.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(bundle("problems.properties").stringPropertyNames());
	}

	@Test
	void everyRuleViolationCodeHasAMessage() throws IOException {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher rule = RULE.matcher(Files.readString(source));
				while (rule.find()) {
					codes.add(rule.group(1));
				}
			}
		}
		Properties english = bundle("problems.properties");

		assertThat(codes).contains("period-reversed", "unknown-program");
		assertThat(codes).allSatisfy((code) -> assertThat(english.getProperty("violation." + code))
			.as("violation.%s", code).isNotBlank());
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = PlanMessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
