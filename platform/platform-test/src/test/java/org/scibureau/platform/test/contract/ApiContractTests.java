package org.scibureau.platform.test.contract;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiContractTests {

	static final String DOCUMENT = """
			{"openapi": "3.1.0",
			 "paths": {"/api/things/{id}": {
			   "get": {"parameters": [{"name": "id", "in": "path", "required": true,
			                           "schema": {"type": "string", "format": "uuid"}}],
			           "responses": {
			             "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
			             "404": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
			             "204": {"description": "Nothing"}}},
			   "put": {"security": [],
			           "parameters": [{"name": "id", "in": "path", "required": true,
			                           "schema": {"type": "string", "format": "uuid"}},
			                          {"name": "If-Match", "in": "header", "required": true, "schema": {"type": "string"}}],
			           "requestBody": {"required": true,
			             "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
			           "responses": {"200": {"content": {"*/*": {"schema": {"type": "string", "format": "binary"}}}}}}}},
			 "components": {"schemas": {
			   "Thing": {"type": "object", "required": ["id", "size"],
			             "properties": {"id": {"type": "string", "format": "uuid"},
			                            "size": {"type": "integer", "minimum": 0, "maximum": 9},
			                            "kind": {"type": "string", "enum": ["A", "B"]}}},
			   "Problem": {"type": "object", "required": ["type", "status"],
			               "properties": {"type": {"type": "string"}, "status": {"type": "integer"}}}}}}
			""";

	private final ApiContract contract = ApiContract.parse(DOCUMENT);

	private final ApiOperation get = this.contract.operations().get(0);

	@Test
	void readsEachOperationWithItsParametersBodiesAndWhetherItIsOpen() {
		assertThat(this.contract.operations()).extracting(ApiOperation::toString)
			.containsExactly("GET /api/things/{id}", "PUT /api/things/{id}");
		ApiOperation put = this.contract.operations().get(1);
		assertThat(put.open()).isTrue();
		assertThat(this.get.open()).isFalse();
		assertThat(put.bodyRequired()).isTrue();
		assertThat(put.bodies()).containsOnlyKeys("application/json");
		assertThat(put.parameters()).extracting(ApiOperation.Parameter::in).containsExactly("path", "header");
	}

	@Test
	void acceptsAnAnswerItDeclares() {
		assertThat(violations(200, "application/json", "{\"id\":\"0f0f0f0f-0000-4000-8000-000000000001\",\"size\":3}"))
			.isEmpty();
		assertThat(violations(404, "application/problem+json;charset=UTF-8", "{\"type\":\"urn:x\",\"status\":404}"))
			.isEmpty();
		assertThat(violations(204, null, "")).isEmpty();
	}

	@Test
	void refusesAStatusItDoesNotDeclare() {
		assertThat(violations(409, "application/problem+json", "{\"type\":\"urn:x\",\"status\":409}"))
			.singleElement().asString().contains("status 409 is not declared");
	}

	@Test
	void refusesAMediaTypeItDoesNotDeclareForTheStatus() {
		assertThat(violations(404, "application/json", "{\"type\":\"urn:x\",\"status\":404}"))
			.singleElement().asString().contains("Content-Type application/json is not declared");
		assertThat(violations(204, "application/json", "{}")).singleElement().asString()
			.contains("declares no body");
	}

	@Test
	void refusesABodyOutsideItsSchemaAndSaysWhere() {
		assertThat(violations(200, "application/json", "{\"id\":\"not-a-uuid\",\"size\":10,\"kind\":\"C\"}"))
			.hasSize(3)
			.anySatisfy((violation) -> assertThat(violation).contains("/size"))
			.anySatisfy((violation) -> assertThat(violation).contains("/kind"))
			.anySatisfy((violation) -> assertThat(violation).contains("/id"));
		assertThat(violations(200, "application/json", "{\"size\":1}")).singleElement().asString().contains("id");
		assertThat(violations(200, "application/json", "{not json")).singleElement().asString()
			.contains("not JSON");
	}

	@Test
	void holdsAnythingToAWildcardMediaTypeWithoutReadingIt() {
		ApiOperation put = this.contract.operations().get(1);
		assertThat(this.contract.violations(put, 200, "application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
	}

	private List<String> violations(int status, String contentType, String body) {
		return this.contract.violations(this.get, status, contentType, body.getBytes(StandardCharsets.UTF_8));
	}

}
