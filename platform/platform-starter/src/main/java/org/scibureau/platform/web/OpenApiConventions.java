package org.scibureau.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import org.scibureau.platform.security.PlatformSecurity;

/**
 * Publishes in each service's OpenAPI document what the platform does around every operation, so that an
 * integrator can rely on the document alone: the bearer token it requires (none on the public reads), and the
 * RFC 9457 problems it may answer with, each as {@code application/problem+json} of the {@code Problem} schema.
 * <p>
 * Which problems an operation declares follows from its shape: every operation may be refused (401, even a public
 * one when the token sent is not valid; 403 unless public), limited at the gateway (429) or meet an outage (503);
 * parameters and bodies may be invalid (400); a path or a body naming an object may name none (404); a body may be
 * too large (413) or of another type (415); a change may conflict with the object's state (409) or break a rule
 * (422); a change guarded by {@code If-Match} may come without it (428) or with a stale version (412). The contract
 * fuzzers hold every answer to these declarations.
 */
public final class OpenApiConventions implements GlobalOpenApiCustomizer {

	/** The name of the component schema every problem answer has. */
	public static final String PROBLEM_SCHEMA = "Problem";

	private static final String BEARER = "bearer";

	private static final List<PathPattern> PUBLIC_READS = PlatformSecurity.PUBLIC_READS.stream()
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	/** The version of the API every document states: paths carry no version, and changes stay compatible. */
	private static final String VERSION = "1";

	private final String title;

	/**
	 * Conventions for one service's document.
	 * @param service the service's name, e.g. {@code plan-service}
	 */
	public OpenApiConventions(String service) {
		this.title = "scibureau " + service;
	}

	@Override
	public void customise(OpenAPI api) {
		api.info(new Info().title(this.title)
			.version(VERSION)
			.description("Errors are RFC 9457 problem documents (application/problem+json); clients switch on "
					+ "their type, a urn:scibureau:problem: URN."));
		Components components = (api.getComponents() != null) ? api.getComponents() : new Components();
		if (components.getSchemas() != null) {
			components.getSchemas().values().forEach(OpenApiConventions::optionalMembersMayBeNull);
		}
		api.components(components.addSchemas(PROBLEM_SCHEMA, problemSchema())
			.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme(BEARER)
				.bearerFormat("JWT")));
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			boolean open = method == PathItem.HttpMethod.GET && isPublic(path);
			operation.setSecurity(open ? List.of() : List.of(new SecurityRequirement().addList(BEARER)));
			problems(path, method, operation, open).forEach((status) -> declare(operation, status));
		}));
	}

	/**
	 * A member a schema does not require may be null as well as absent: the services write absent values as null,
	 * and read null as absent.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void optionalMembersMayBeNull(Schema<?> schema) {
		if (schema.getProperties() == null) {
			return;
		}
		List<String> required = (schema.getRequired() != null) ? schema.getRequired() : List.of();
		Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
		properties.forEach((name, property) -> {
			if (required.contains(name)) {
				return;
			}
			if (property.get$ref() != null) {
				Schema nullable = new Schema<>().anyOf(List.of(new Schema<>().$ref(property.get$ref()), nullSchema()));
				nullable.setSpecVersion(SpecVersion.V31);
				properties.put(name, nullable);
				return;
			}
			Set<String> types = (property.getTypes() != null) ? new LinkedHashSet<>(property.getTypes())
					: new LinkedHashSet<>();
			if (types.isEmpty() && property.getType() != null) {
				types.add(property.getType());
			}
			if (types.isEmpty()) {
				return;
			}
			types.add("null");
			property.setTypes(types);
			if (property.getEnum() != null && !property.getEnum().contains(null)) {
				List<Object> values = new ArrayList<>(property.getEnum());
				values.add(null);
				property.setEnum(values);
			}
		});
		schema.setProperties(properties);
	}

	private static Schema<?> nullSchema() {
		Schema<?> nothing = new Schema<>();
		nothing.setSpecVersion(SpecVersion.V31);
		nothing.setTypes(Set.of("null"));
		return nothing;
	}

	private static boolean isPublic(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return PUBLIC_READS.stream().anyMatch((pattern) -> pattern.matches(container));
	}

	/** The problem statuses an operation of this shape may answer with. */
	static Set<HttpStatus> problems(String path, PathItem.HttpMethod method, Operation operation, boolean open) {
		Set<HttpStatus> statuses = new TreeSet<>(Set.of(HttpStatus.UNAUTHORIZED, HttpStatus.NOT_ACCEPTABLE,
				HttpStatus.TOO_MANY_REQUESTS, HttpStatus.INTERNAL_SERVER_ERROR, HttpStatus.SERVICE_UNAVAILABLE));
		if (!open) {
			statuses.add(HttpStatus.FORBIDDEN);
		}
		List<Parameter> parameters = (operation.getParameters() != null) ? operation.getParameters() : List.of();
		if (!parameters.isEmpty() || operation.getRequestBody() != null) {
			statuses.add(HttpStatus.BAD_REQUEST);
		}
		if (path.contains("{") || operation.getRequestBody() != null) {
			statuses.add(HttpStatus.NOT_FOUND);
		}
		if (operation.getRequestBody() != null) {
			statuses.addAll(Set.of(HttpStatus.CONTENT_TOO_LARGE, HttpStatus.UNSUPPORTED_MEDIA_TYPE));
		}
		if (method != PathItem.HttpMethod.GET) {
			statuses.addAll(Set.of(HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_CONTENT));
		}
		if (parameters.stream().anyMatch((parameter) -> "header".equals(parameter.getIn())
				&& HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName()))) {
			statuses.addAll(Set.of(HttpStatus.PRECONDITION_FAILED, HttpStatus.PRECONDITION_REQUIRED));
		}
		return statuses;
	}

	private static void declare(Operation operation, HttpStatus status) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		operation.setResponses(responses);
		String code = String.valueOf(status.value());
		if (responses.containsKey(code)) {
			return;
		}
		responses.addApiResponse(code, new ApiResponse().description(status.getReasonPhrase())
			.content(new Content().addMediaType(ProblemResponses.PROBLEM_JSON.toString(),
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)))));
	}

	/** RFC 9457's members, the platform's correlation id and field violations; extension members are open. */
	private static Schema<?> problemSchema() {
		Map<String, Schema> violation = new TreeMap<>(Map.of("field", new StringSchema(), "code", new StringSchema(),
				"message", new StringSchema()));
		Map<String, Schema> members = new TreeMap<>(Map.of("type", new StringSchema().format("uri"), "title",
				new StringSchema(), "status", new IntegerSchema(), "detail", new StringSchema(), "instance",
				new StringSchema(), "correlationId", new StringSchema(), "errors",
				new ArraySchema().items(new ObjectSchema().properties(violation)
					.required(List.of("field", "code", "message")))));
		Schema<?> problem = new ObjectSchema().properties(members).required(List.of("type", "title", "status"));
		problem.setDescription("An RFC 9457 problem; other members carry details of some types, e.g. allowedMethods");
		return problem;
	}

}
