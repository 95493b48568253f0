package org.scibureau.platform.events;

/**
 * Naming rules shared by every topic of the platform.
 */
public final class Topics {

	/** Suffix of a topic's dead-letter topic, set explicitly (it is not spring-kafka's default). */
	public static final String DEAD_LETTER_SUFFIX = ".dlt";

	private Topics() {
	}

	/** The dead-letter topic of {@code topic}. */
	public static String deadLetter(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

}
