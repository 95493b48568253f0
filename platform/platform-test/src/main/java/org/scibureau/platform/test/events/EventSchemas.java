package org.scibureau.platform.test.events;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.jspecify.annotations.Nullable;

/**
 * Checks event bodies against the JSON Schema (draft 2020-12) of their CloudEvents type.
 * <p>
 * The schema of type {@code T} is the classpath resource {@code schemas/T.json}, as {@code platform-events} ships
 * them; a schema may refer to another by its {@code $id} {@code urn:scibureau:schema:<type>}. Formats such as
 * {@code uuid} and {@code date-time} are asserted, not just annotated.
 *
 * <pre>{@code
 * EventSchemas.assertValid(header(record, "ce_type"), new String(record.value(), UTF_8));
 * }</pre>
 */
public final class EventSchemas {

	private static final String URN_PREFIX = "urn:scibureau:schema:";

	private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private static final ObjectMapper objectMapper = new ObjectMapper();

	private static final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
			(builder) -> builder.schemaMappers((mappers) -> mappers.add(EventSchemas::classpathLocation)));

	private static final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
		.formatAssertionsEnabled(true)
		.build();

	private static final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

	private EventSchemas() {
	}

	/**
	 * Asserts that a JSON document is a valid body of an event type.
	 * @param ceType the CloudEvents type, for example {@code org.scibureau.plan.call.opened.v1}
	 * @param json the event's {@code data}
	 * @throws AssertionError listing every violation, or saying the type has no schema or the body is not JSON
	 */
	public static void assertValid(String ceType, String json) {
		List<String> violations = violations(ceType, json);
		if (!violations.isEmpty()) {
			throw new AssertionError("Event body does not match the schema of " + ceType + ":\n  - "
					+ String.join("\n  - ", violations) + "\nBody: " + json);
		}
	}

	/**
	 * Lists the ways a JSON document violates the schema of an event type.
	 * @param ceType the CloudEvents type
	 * @param json the event's {@code data}
	 * @return the violations, empty if the document is valid
	 * @throws AssertionError if the type has no schema or the body is not JSON
	 */
	public static List<String> violations(String ceType, String json) {
		JsonSchema schema = schema(ceType);
		JsonNode document;
		try {
			document = objectMapper.readTree(json);
		}
		catch (JacksonException ex) {
			throw new AssertionError("Event body of " + ceType + " is not JSON: " + ex.getOriginalMessage(), ex);
		}
		Set<ValidationMessage> messages = schema.validate(document);
		return messages.stream()
			.sorted(Comparator.comparing((ValidationMessage message) -> message.getInstanceLocation().toString())
				.thenComparing(ValidationMessage::getMessage))
			.map(ValidationMessage::getMessage)
			.toList();
	}

	private static JsonSchema schema(String ceType) {
		if (!TYPE.matcher(ceType).matches()) {
			throw new AssertionError("Not an event type: '" + ceType + "'");
		}
		return schemas.computeIfAbsent(ceType, EventSchemas::load);
	}

	private static JsonSchema load(String ceType) {
		String resource = resourceOf(ceType);
		try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new AssertionError("Unknown event type " + ceType + ": no schema at classpath:" + resource);
			}
		}
		catch (IOException ex) {
			throw new AssertionError("Could not read the schema of " + ceType, ex);
		}
		return factory.getSchema(SchemaLocation.of("classpath:" + resource), config);
	}

	private static String resourceOf(String ceType) {
		return "schemas/" + ceType + ".json";
	}

	private static @Nullable AbsoluteIri classpathLocation(AbsoluteIri iri) {
		String value = iri.toString();
		if (!value.startsWith(URN_PREFIX)) {
			return null;
		}
		return AbsoluteIri.of("classpath:" + resourceOf(value.substring(URN_PREFIX.length())));
	}

}
