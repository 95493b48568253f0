package org.scibureau.platform.test.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;

/**
 * A service's published OpenAPI 3.1 document: its operations, and whether an answer is one the document promises.
 * <p>
 * An answer conforms when its status is declared for the operation, its media type is one declared for that status,
 * and its body is valid against the declared schema (JSON Schema 2020-12, formats asserted).
 */
public final class ApiContract {

	private static final ObjectMapper json = new ObjectMapper();

	private static final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

	private static final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
		.formatAssertionsEnabled(true)
		.build();

	private final JsonNode document;

	private final JsonNode definitions;

	private final Map<JsonNode, JsonSchema> schemas = new ConcurrentHashMap<>();

	private ApiContract(JsonNode document) {
		this.document = document;
		this.definitions = document.path("components").path("schemas");
	}

	/**
	 * Reads a document.
	 * @param openApi the document's JSON
	 * @return the contract
	 */
	public static ApiContract parse(String openApi) {
		// Component references become 2020-12 $defs references, so a schema carries what it refers to.
		String text = openApi.replace("\"#/components/schemas/", "\"#/$defs/");
		try {
			return new ApiContract(json.readTree(text));
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Not an OpenAPI document: " + ex.getOriginalMessage(), ex);
		}
	}

	/** Every operation of the document, in path and method order. */
	public List<ApiOperation> operations() {
		List<ApiOperation> operations = new ArrayList<>();
		this.document.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((method) -> {
			JsonNode operation = method.getValue();
			List<ApiOperation.Parameter> parameters = new ArrayList<>();
			operation.path("parameters").forEach((parameter) -> parameters.add(new ApiOperation.Parameter(
					parameter.path("name").asText(), parameter.path("in").asText(),
					parameter.path("required").asBoolean(false), parameter.path("schema"))));
			Map<String, JsonNode> bodies = new LinkedHashMap<>();
			operation.path("requestBody").path("content").properties()
				.forEach((content) -> bodies.put(content.getKey(), content.getValue().path("schema")));
			operations.add(new ApiOperation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters,
					bodies, operation.path("requestBody").path("required").asBoolean(false),
					operation.path("security").isArray() && operation.path("security").isEmpty()));
		}));
		operations.sort(Comparator.comparing(ApiOperation::path).thenComparing(ApiOperation::method));
		return List.copyOf(operations);
	}

	/**
	 * The schema a reference names, or the schema itself.
	 * @param schema a schema, possibly a {@code $ref}
	 * @return the schema it stands for
	 */
	JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		for (int depth = 0; current.has("$ref") && depth < 16; depth++) {
			String reference = current.path("$ref").asText();
			current = this.definitions.path(reference.substring(reference.lastIndexOf('/') + 1));
		}
		return current;
	}

	/**
	 * The ways an answer breaks the contract of its operation.
	 * @param operation the operation called
	 * @param status the answer's status
	 * @param contentType the answer's {@code Content-Type}, if any
	 * @param body the answer's body, empty for none
	 * @return the violations, empty when the answer conforms
	 */
	public List<String> violations(ApiOperation operation, int status, @Nullable String contentType, byte[] body) {
		JsonNode responses = responsesOf(operation);
		JsonNode declared = responses.path(String.valueOf(status));
		if (declared.isMissingNode()) {
			declared = responses.path("default");
		}
		if (declared.isMissingNode()) {
			return List.of("status " + status + " is not declared (declared: " + names(responses) + ")");
		}
		JsonNode content = declared.path("content");
		if (body.length == 0) {
			return List.of();
		}
		if (content.isMissingNode() || content.isEmpty()) {
			return List.of("status " + status + " declares no body, but one came");
		}
		if (contentType == null) {
			return List.of("a body came without a Content-Type");
		}
		MediaType actual;
		try {
			actual = MediaType.parseMediaType(contentType);
		}
		catch (IllegalArgumentException ex) {
			return List.of("unparseable Content-Type " + contentType);
		}
		Map.Entry<String, JsonNode> match = content.properties().stream()
			.filter((entry) -> MediaType.parseMediaType(entry.getKey()).includes(actual))
			.findFirst()
			.orElse(null);
		if (match == null) {
			return List.of("Content-Type " + contentType + " is not declared for status " + status + " (declared: "
					+ names(content) + ")");
		}
		JsonNode schema = match.getValue().path("schema");
		if (!isJson(actual) || schema.isMissingNode()) {
			return List.of();
		}
		JsonNode document;
		try {
			document = json.readTree(body);
		}
		catch (IOException ex) {
			return List.of("the body is not JSON: " + new String(body, StandardCharsets.UTF_8));
		}
		return schema(schema).validate(document)
			.stream()
			.map(ValidationMessage::getMessage)
			.sorted()
			.map((message) -> "status " + status + " body: " + message)
			.toList();
	}

	private JsonNode responsesOf(ApiOperation operation) {
		return this.document.path("paths").path(operation.path()).path(operation.method().toLowerCase(Locale.ROOT))
			.path("responses");
	}

	private JsonSchema schema(JsonNode schema) {
		return this.schemas.computeIfAbsent(schema, (node) -> {
			ObjectNode root = node.deepCopy();
			root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
			root.set("$defs", this.definitions);
			return factory.getSchema(root, config);
		});
	}

	static boolean isJson(MediaType type) {
		return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
	}

	private static String names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.fieldNames().forEachRemaining(names::add);
		return String.join(", ", names);
	}

}
