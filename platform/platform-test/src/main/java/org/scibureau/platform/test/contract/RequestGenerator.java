package org.scibureau.platform.test.contract;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriUtils;

/**
 * Generates requests for the operations of a contract with jqwik's arbitraries, edge cases included, from one seeded
 * {@link Random}: mostly requests a rightful caller could send, the rest with one thing wrong (a parameter, a value
 * in the body, the body's syntax, its media type, a header, a required part missing).
 * <p>
 * Values come from the schemas, from examples the test names, and from what earlier answers showed: ids, member
 * values and {@code ETag}s, so that generated requests reach real objects, foreign ones included.
 */
final class RequestGenerator {

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private static final int GEN_SIZE = 1000;

	private static final List<String> MALFORMED_VALUES = List.of("", " ", "0", "-1", "not-an-id",
			"00000000-0000-0000-0000-00000000000g", "../../etc/passwd", "%00", "\u0000", "' OR '1'='1", "<script>",
			"9".repeat(400), "\u202e\u0000", "null", "2026-13-45", "NaN", "1e309", "true");

	private static final List<String> MALFORMED_BODIES = List.of("", "{", "[]", "null", "\"text\"", "{\"a\":",
			"{\"amount\": 1e999999}", "\uFEFF{}", "{\"a\":\"\\ud800\"}", "[".repeat(2000), "{\"a\":1,\"a\":2}",
			"\u0000", "<xml/>");

	private static final List<String> ACCEPTS = List.of("application/json", "application/problem+json", "*/*",
			"application/xml", "text/html", "nonsense", "application/json;q=0, */*;q=0");

	private static final List<String> LANGUAGES = List.of("en", "zh-CN", "zh-Hant-TW;q=0.5, en;q=0.1", "*", "",
			"xx;q=abc");

	private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
			"application/x-www-form-urlencoded", "multipart/form-data", "application/json;charset=utf-16",
			"application/octet-stream");

	private static final List<String> ODD_IF_MATCH = List.of("", "*", "W/\"1\"", "\"999999\"", "garbage", "\"-1\"",
			"\"" + "1".repeat(300) + "\"");

	private static final Set<String> READ_ONLY = Set.of("id", "status", "version", "organisationId", "createdAt",
			"updatedAt", "approval");

	private static final Arbitrary<String> ANY_TEXT = Arbitraries.strings().all().ofMaxLength(64);

	private static final Arbitrary<String> WORDS = Arbitraries.strings()
		.withCharRange('a', 'z')
		.withChars("成都科技创新项目 -")
		.ofMinLength(1)
		.ofMaxLength(24);

	private final ApiContract contract;

	private final Random random;

	private final FuzzMemory memory;

	RequestGenerator(ApiContract contract, Random random, FuzzMemory memory) {
		this.contract = contract;
		this.random = random;
		this.memory = memory;
	}

	FuzzCase next(ApiOperation operation, String caller) {
		Fault fault = (this.random.nextInt(10) < 6) ? Fault.NONE : pick(Fault.FAULTS);
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(HttpHeaders.ACCEPT, (fault == Fault.HEADER) ? pick(ACCEPTS) : "application/json");
		headers.put(HttpHeaders.ACCEPT_LANGUAGE, pick(LANGUAGES));
		String path = operation.path();
		List<String> query = new ArrayList<>();
		List<ApiOperation.Parameter> parameters = operation.parameters();
		ApiOperation.Parameter broken = parameters.isEmpty() ? null : pick(parameters);
		for (ApiOperation.Parameter parameter : parameters) {
			boolean faulty = parameter == broken && fault == Fault.PARAMETER;
			if (parameter == broken && fault == Fault.MISSING && !parameter.in().equals("path")) {
				continue;
			}
			switch (parameter.in()) {
				case "path" -> path = path.replace("{" + parameter.name() + "}", UriUtils.encodePathSegment(
						faulty ? pick(MALFORMED_VALUES) : text(parameter.schema(), parameter.name(), true),
						StandardCharsets.UTF_8));
				case "query" -> {
					if (parameter.required() || faulty || this.random.nextInt(10) < 4) {
						String value = faulty ? invalidText(parameter.schema())
								: text(parameter.schema(), parameter.name(), true);
						query.add(UriUtils.encodeQueryParam(parameter.name(), StandardCharsets.UTF_8) + "="
								+ UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
					}
				}
				case "header" -> headers.put(parameter.name(), header(parameter, path, faulty || fault == Fault.HEADER));
				default -> {
				}
			}
		}
		if (operation.method().equals("POST") && this.random.nextBoolean()) {
			headers.put("Idempotency-Key", (fault == Fault.HEADER) ? pick(List.of("", "x".repeat(300), "\u00e9"))
					: UUID.randomUUID().toString());
		}
		String body = body(operation, fault, headers);
		String uri = query.isEmpty() ? path : path + "?" + String.join("&", query);
		return new FuzzCase(operation.toString(), caller, operation.method(), uri, headers, body);
	}

	private @Nullable String body(ApiOperation operation, Fault fault, Map<String, String> headers) {
		if (operation.bodies().isEmpty()) {
			if (fault == Fault.CONTENT_TYPE) {
				headers.put(HttpHeaders.CONTENT_TYPE, "application/json");
				return "{}";
			}
			return null;
		}
		if (fault == Fault.MISSING && this.random.nextBoolean()) {
			return null;
		}
		String mediaType = pick(new ArrayList<>(operation.bodies().keySet()));
		JsonNode schema = operation.bodies().get(mediaType);
		headers.put(HttpHeaders.CONTENT_TYPE, (fault == Fault.CONTENT_TYPE) ? pick(WRONG_CONTENT_TYPES) : mediaType);
		if (mediaType.startsWith("multipart/")) {
			return multipart(schema, headers, fault);
		}
		if (fault == Fault.BODY_SYNTAX) {
			return pick(MALFORMED_BODIES);
		}
		Mutation mutation = new Mutation(fault == Fault.BODY_VALUE || fault == Fault.MISSING, fault == Fault.MISSING);
		JsonNode value = value(schema, "body", 0, mutation);
		if (value instanceof ObjectNode object && (mutation.pending() || this.random.nextInt(10) == 0)) {
			// Members a caller may not set, or that mean nothing: ignored or refused, never applied.
			object.put(pick(new ArrayList<>(READ_ONLY)), pick(List.of("APPROVED", "99", UUID.randomUUID().toString())));
			object.put("unknownMember", true);
		}
		return value.toString();
	}

	private String multipart(JsonNode schema, Map<String, String> headers, Fault fault) {
		String boundary = "fuzz" + Long.toHexString(this.random.nextLong());
		if (fault != Fault.CONTENT_TYPE) {
			headers.put(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + boundary);
		}
		StringBuilder body = new StringBuilder();
		JsonNode properties = this.contract.resolve(schema).path("properties");
		properties.properties().forEach((property) -> {
			if (fault == Fault.MISSING && this.random.nextBoolean()) {
				return;
			}
			body.append("--").append(boundary).append("\r\n");
			JsonNode member = this.contract.resolve(property.getValue());
			if ("binary".equals(member.path("format").asText())) {
				body.append("Content-Disposition: form-data; name=\"").append(property.getKey())
					.append("\"; filename=\"fuzz.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
					.append((fault == Fault.BODY_VALUE) ? sample(ANY_TEXT) : "%PDF-1.4\n%fuzz\n")
					.append("\r\n");
			}
			else {
				body.append("Content-Disposition: form-data; name=\"").append(property.getKey()).append("\"\r\n\r\n")
					.append(text(member, property.getKey(), fault != Fault.BODY_VALUE))
					.append("\r\n");
			}
		});
		return body.append("--").append(boundary).append("--\r\n").toString();
	}

	private String header(ApiOperation.Parameter parameter, String path, boolean faulty) {
		if (parameter.name().equalsIgnoreCase(HttpHeaders.IF_MATCH)) {
			String known = this.memory.etagFor(path);
			return (faulty || known == null) ? pick(ODD_IF_MATCH) : known;
		}
		return faulty ? pick(MALFORMED_VALUES) : text(parameter.schema(), parameter.name(), true);
	}

	/** A JSON value for a schema; where the mutation allows, one value (or a required member) is wrong. */
	private JsonNode value(JsonNode declared, String name, int depth, Mutation mutation) {
		JsonNode schema = this.contract.resolve(declared);
		if (mutation.pending() && !mutation.dropRequired() && this.random.nextInt(6) == 0) {
			mutation.done();
			return invalid(schema);
		}
		for (String union : List.of("oneOf", "anyOf")) {
			if (schema.path(union).isArray() && !schema.path(union).isEmpty()) {
				return value(pick(list(schema.path(union))), name, depth, mutation);
			}
		}
		return switch (type(schema)) {
			case "string" -> nodes.textNode(text(schema, name, true));
			case "integer" -> nodes.numberNode(integer(schema));
			case "number" -> nodes.numberNode(BigDecimal.valueOf(this.random.nextInt(10_000_000), 2));
			case "boolean" -> nodes.booleanNode(this.random.nextBoolean());
			case "array" -> {
				ArrayNode array = nodes.arrayNode();
				int min = schema.path("minItems").asInt(0);
				int size = min + this.random.nextInt(Math.max(1, Math.min(schema.path("maxItems").asInt(3), 3) - min + 1));
				for (int i = 0; i < size && depth < 6; i++) {
					array.add(value(schema.path("items"), name, depth + 1, mutation));
				}
				yield array;
			}
			case "object" -> object(schema, depth, mutation);
			default -> anyJson();
		};
	}

	private JsonNode object(JsonNode schema, int depth, Mutation mutation) {
		ObjectNode object = nodes.objectNode();
		List<String> required = new ArrayList<>();
		schema.path("required").forEach((member) -> required.add(member.asText()));
		String dropped = (mutation.dropRequired() && mutation.pending() && !required.isEmpty()) ? pick(required) : null;
		if (dropped != null) {
			mutation.done();
		}
		schema.path("properties").properties().forEach((property) -> {
			String member = property.getKey();
			boolean wanted = required.contains(member) || this.random.nextInt(10) < 6;
			if (!member.equals(dropped) && wanted && depth < 6) {
				object.set(member, value(property.getValue(), member, depth + 1, mutation));
			}
		});
		return object;
	}

	private JsonNode invalid(JsonNode schema) {
		return switch (type(schema)) {
			case "string" -> pick(List.of(nodes.textNode(invalidText(schema)), nodes.numberNode(42), nodes.nullNode(),
					nodes.objectNode()));
			case "integer" -> pick(List.of(nodes.numberNode(schema.path("minimum").asLong(0) - 1),
					nodes.numberNode(new BigDecimal("1e20")), nodes.numberNode(1.5), nodes.textNode("7"),
					nodes.nullNode()));
			case "number" -> pick(List.of(nodes.numberNode(new BigDecimal("-0.001")),
					nodes.numberNode(new BigDecimal("1e308")), nodes.numberNode(new BigDecimal("0.0000001")),
					nodes.textNode("NaN"), nodes.nullNode()));
			case "boolean" -> pick(List.of(nodes.textNode("yes"), nodes.numberNode(1), nodes.nullNode()));
			case "array" -> pick(List.of(nodes.objectNode(), nodes.textNode("[]"), nodes.nullNode(), longArray()));
			default -> pick(List.of(nodes.arrayNode(), nodes.textNode("{}"), nodes.nullNode(), nodes.numberNode(0)));
		};
	}

	private JsonNode longArray() {
		ArrayNode array = nodes.arrayNode();
		for (int i = 0; i < 500; i++) {
			array.add(i);
		}
		return array;
	}

	private JsonNode anyJson() {
		return pick(List.of(nodes.numberNode(this.random.nextInt(1000)), nodes.textNode(sample(WORDS)),
				nodes.objectNode().put("value", this.random.nextInt(100)), nodes.arrayNode().add(1).add(2),
				nodes.booleanNode(true)));
	}

	/** A string value for a schema: from the examples and what answers showed, or generated to its format. */
	String text(JsonNode declared, String name, boolean valid) {
		JsonNode schema = this.contract.resolve(declared);
		if (!valid) {
			return invalidText(schema);
		}
		if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
			return pick(list(schema.path("enum"))).asText();
		}
		String format = schema.path("format").asText("");
		List<String> seen = this.memory.examplesOf(name);
		if (!seen.isEmpty() && (format.equals("uuid") || schema.has("pattern") || this.random.nextBoolean())) {
			return pick(seen);
		}
		return switch (format) {
			case "uuid" -> {
				List<String> ids = this.memory.ids();
				yield (!ids.isEmpty() && this.random.nextInt(10) < 7) ? pick(ids) : UUID.randomUUID().toString();
			}
			case "date" -> LocalDate.of(2026, 1, 1).plusDays(this.random.nextInt(1200) - 400).toString();
			case "date-time" -> Instant.parse("2026-01-01T00:00:00Z").plusSeconds(this.random.nextInt(90_000_000) - 40_000_000L)
				.toString();
			case "int32", "int64" -> String.valueOf(integer(schema));
			default -> switch (type(schema)) {
				case "integer" -> String.valueOf(integer(schema));
				case "number" -> BigDecimal.valueOf(this.random.nextInt(10_000_000), 2).toPlainString();
				case "boolean" -> String.valueOf(this.random.nextBoolean());
				default -> bounded(schema);
			};
		};
	}

	private String bounded(JsonNode schema) {
		int min = schema.path("minLength").asInt(0);
		int max = schema.path("maxLength").asInt(Math.max(min, 40));
		String word = sample(WORDS);
		StringBuilder value = new StringBuilder(word);
		while (value.length() < min) {
			value.append(word);
		}
		return value.substring(0, Math.min(value.length(), Math.max(min, Math.min(max, value.length()))));
	}

	private String invalidText(JsonNode declared) {
		JsonNode schema = this.contract.resolve(declared);
		int max = schema.path("maxLength").asInt(-1);
		if (max >= 0 && this.random.nextInt(3) == 0) {
			return "x".repeat(max + 1);
		}
		return this.random.nextBoolean() ? pick(MALFORMED_VALUES) : sample(ANY_TEXT);
	}

	private long integer(JsonNode schema) {
		long min = schema.has("minimum") ? schema.path("minimum").asLong() : -5;
		long max = schema.has("maximum") ? schema.path("maximum").asLong() : 5_000;
		return sample(Arbitraries.longs().between(min, Math.max(min, max)));
	}

	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode each : type) {
				if (!each.asText().equals("null")) {
					return each.asText();
				}
			}
		}
		if (type.isTextual()) {
			return type.asText();
		}
		return schema.has("properties") ? "object" : "any";
	}

	/** A value of the arbitrary; one in five is one of its edge cases (the bounds, the empty string…). */
	private <T> T sample(Arbitrary<T> arbitrary) {
		if (this.random.nextInt(5) == 0) {
			List<T> edges = new ArrayList<>();
			arbitrary.edgeCases(32).forEach((edge) -> edges.add(edge.value()));
			if (!edges.isEmpty()) {
				return pick(edges);
			}
		}
		return arbitrary.generator(GEN_SIZE).next(this.random).value();
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> values = new ArrayList<>();
		array.forEach(values::add);
		return values;
	}

	/** What is wrong with a request; {@link #NONE} for a request a rightful caller could send. */
	private enum Fault {

		NONE, PARAMETER, BODY_VALUE, BODY_SYNTAX, CONTENT_TYPE, HEADER, MISSING;

		static final List<Fault> FAULTS = List.of(values()).subList(1, values().length);

	}

	/** At most one wrong value, or one required member left out, per body. */
	private static final class Mutation {

		private boolean pending;

		private final boolean dropRequired;

		Mutation(boolean pending, boolean dropRequired) {
			this.pending = pending;
			this.dropRequired = dropRequired;
		}

		boolean pending() {
			return this.pending;
		}

		boolean dropRequired() {
			return this.dropRequired;
		}

		void done() {
			this.pending = false;
		}

	}

}
