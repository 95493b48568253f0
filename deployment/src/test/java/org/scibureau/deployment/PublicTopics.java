package org.scibureau.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The public topics of the event contract, read from platform-events' sources: every {@code String} constant whose
 * value is a topic name {@code scibureau.<service>.<aggregate>.v<n>} (the topic classes, e.g. {@code PlanTopics}).
 * Reading the sources keeps this module independent of the build order; a topic added there needs a KafkaTopic.
 */
final class PublicTopics {

	static final String SOURCES = "platform/platform-events/src/main/java";

	private static final Pattern CONSTANT = Pattern
		.compile("static\\s+final\\s+String\\s+\\w+\\s*=\\s*\"(scibureau\\.[a-z]+\\.[a-z-]+\\.v\\d+)\"\\s*;");

	private PublicTopics() {
	}

	static Set<String> of(Repository repository) {
		Set<String> topics = new TreeSet<>();
		try (Stream<Path> files = Files.walk(repository.resolve(SOURCES))) {
			files.filter((file) -> file.toString().endsWith(".java")).forEach((file) -> topics.addAll(in(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return topics;
	}

	/** The topic constants declared in one Java source text. */
	static Set<String> in(String source) {
		Set<String> topics = new TreeSet<>();
		Matcher matcher = CONSTANT.matcher(source);
		while (matcher.find()) {
			topics.add(matcher.group(1));
		}
		return topics;
	}

	private static Set<String> in(Path file) {
		try {
			return in(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
