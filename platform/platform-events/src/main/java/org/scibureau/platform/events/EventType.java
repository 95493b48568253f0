package org.scibureau.platform.events;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Describes one published event type: its record, CloudEvents type and source, topic and JSON Schema.
 *
 * @param javaType the event record
 * @param type the CloudEvents {@code type}, e.g. {@code org.scibureau.plan.call.opened.v1}
 * @param source the CloudEvents {@code source}: the producing service, e.g. {@code /scibureau/plan-service}
 * @param topic the Kafka topic, e.g. {@code scibureau.plan.call.v1}
 * @param <E> the event record type
 */
public record EventType<E extends PublishedEvent>(Class<E> javaType, String type, String source, String topic) {

	private static final Pattern TYPE = Pattern.compile("org\\.scibureau\\.[a-z]+\\.[a-z-]+\\.[a-z-]+\\.v\\d+");

	private static final Pattern TOPIC = Pattern.compile("scibureau\\.[a-z]+\\.[a-z-]+\\.v\\d+");

	public EventType {
		Objects.requireNonNull(javaType, "javaType");
		if (!TYPE.matcher(type).matches()) {
			throw new IllegalArgumentException("Not a scibureau event type: " + type);
		}
		if (!source.startsWith("/scibureau/")) {
			throw new IllegalArgumentException("Not a scibureau event source: " + source);
		}
		if (!TOPIC.matcher(topic).matches()) {
			throw new IllegalArgumentException("Not a public scibureau topic: " + topic);
		}
	}

	/** The CloudEvents {@code dataschema}: names the JSON Schema shipped in this module. */
	public URI dataSchema() {
		return URI.create("urn:scibureau:schema:" + type);
	}

	/** The classpath location of the JSON Schema of this type's data. */
	public String schemaResource() {
		return "schemas/" + type + ".json";
	}

	/** The dead-letter topic for records of this type's topic that a consumer could not process. */
	public String deadLetterTopic() {
		return Topics.deadLetter(topic);
	}

}
