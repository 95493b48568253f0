package org.scibureau.platform.test.messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks of a service's {@code problems} bundles: every rule violation its code reports has a message, and the
 * English and Chinese bundles have the same keys.
 *
 * <pre>{@code
 * @Test
 * void everyRuleViolationHasAMessageInBothLanguages() {
 *     ServiceMessages.assertComplete();
 * }
 * }</pre>
 */
public final class ServiceMessages {

	private static final Pattern RULE = Pattern.compile("new RuleViolation\\([^,]+,\\s*\"([a-z][a-z-]*)\"");

	private ServiceMessages() {
	}

	/**
	 * Asserts both checks for the module under test ({@code src/main/java}, bundles on the class path).
	 * @return the rule codes found in the sources, for further assertions
	 */
	public static Set<String> assertComplete() {
		Properties english = bundle("problems.properties");
		assertThat(bundle("problems_zh_CN.properties").stringPropertyNames())
			.as("the Chinese and English problems bundles have the same keys")
			.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		Set<String> codes = ruleCodes(Path.of("src/main/java"));
		assertThat(codes).allSatisfy((code) -> assertThat(english.getProperty("violation." + code))
			.as("violation.%s", code).isNotBlank());
		return codes;
	}

	/** The codes of the rule violations the sources report, as {@code new RuleViolation(field, "code", ...)}. */
	static Set<String> ruleCodes(Path sources) {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path source : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher rule = RULE.matcher(Files.readString(source));
				while (rule.find()) {
					codes.add(rule.group(1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return codes;
	}

	private static Properties bundle(String name) {
		Properties properties = new Properties();
		try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
