package org.scibureau.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.BadSqlGrammarException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerErrorException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class ProblemTranslatorTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void passesAProblemThrough() {
		ProblemException problem = ProblemException.notFound("plan", "17");

		assertThat(ProblemTranslator.translate(problem)).isSameAs(problem);
	}

	@Test
	void listsEachBindingErrorWithItsFieldCodeAndConstraintArguments() {
		BeanPropertyBindingResult binding = new BeanPropertyBindingResult(new Form("L", null), "form");
		binding.addError(new FieldError("form", "name", "L", false, new String[] { "Size.form.name", "Size" },
				new Object[] { new DefaultMessageSourceResolvable("name"), 20, 2 }, "size must be between 2 and 20"));
		binding.addError(new ObjectError("form", new String[] { "DatesInOrder" },
				new Object[] { new DefaultMessageSourceResolvable("form") }, "dates out of order"));

		ProblemException problem = ProblemTranslator.translate(new WebExchangeBindException(parameter(), binding));

		assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
		assertThat(problem.errors()).hasSize(2);
		assertThat(problem.errors().get(0)).satisfies((violation) -> {
			assertThat(violation.field()).isEqualTo("name");
			assertThat(violation.code()).isEqualTo("Size");
			assertThat(violation.messageKey()).isEqualTo("violation.Size");
			assertThat(violation.arguments()).containsExactly(20, 2);
		});
		assertThat(problem.errors().get(1)).satisfies((violation) -> {
			assertThat(violation.field()).isEqualTo("form");
			assertThat(violation.code()).isEqualTo("DatesInOrder");
			assertThat(violation.arguments()).isEmpty();
		});
	}

	@Test
	void mapsABufferLimitAnywhereInTheCausesToPayloadTooLarge() {
		DataBufferLimitException limit = new DataBufferLimitException("Exceeded limit on max bytes to buffer : 16384");

		assertThat(ProblemTranslator.translate(limit).type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
		assertThat(ProblemTranslator.translate(new ServerWebInputException("read", parameter(),
				new DecodingException("JSON decoding error", limit))).type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
	}

	@Test
	void mapsContentNegotiationFailures() {
		assertThat(ProblemTranslator.translate(new UnsupportedMediaTypeStatusException(MediaType.TEXT_PLAIN,
				List.of(MediaType.APPLICATION_JSON))).type()).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
		assertThat(ProblemTranslator.translate(new NotAcceptableStatusException(List.of(MediaType.APPLICATION_JSON))).type())
			.isEqualTo(ProblemType.NOT_ACCEPTABLE);
	}

	@Test
	void namesTheMethodAndTheAllowedOnesOfAMethodNotAllowed() {
		ProblemException problem = ProblemTranslator
			.translate(new MethodNotAllowedException(HttpMethod.DELETE, List.of(HttpMethod.PUT, HttpMethod.GET)));

		assertThat(problem.type()).isEqualTo(ProblemType.METHOD_NOT_ALLOWED);
		assertThat(problem.detailArguments()).containsExactly("DELETE");
		assertThat(problem.properties()).containsEntry("allowedMethods", List.of("GET", "PUT"));
	}

	@Test
	void namesAMissingParameterAsRequired() {
		ProblemException problem = ProblemTranslator
			.translate(new MissingRequestValueException("programId", String.class, "query parameter", parameter()));

		assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
		assertThat(problem.errors()).singleElement().satisfies((violation) -> {
			assertThat(violation.field()).isEqualTo("programId");
			assertThat(violation.code()).isEqualTo("required");
		});
	}

	@Test
	void namesTheJsonPathOfAnUnreadableValue() {
		JacksonException mismatch = jacksonFailure("{\"programs\": [{\"budget\": 1}, {\"budget\": \"lots\"}]}");

		ProblemException problem = ProblemTranslator
			.translate(new ServerWebInputException("read", parameter(), new DecodingException("JSON decoding error", mismatch)));

		assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
		assertThat(problem.errors()).singleElement().satisfies((violation) -> {
			assertThat(violation.field()).isEqualTo("programs[1].budget");
			assertThat(violation.code()).isEqualTo("unreadable-value");
		});
	}

	@Test
	void describesSyntacticallyBrokenJsonWithoutAField() {
		JacksonException syntax = jacksonFailure("{\"programs\": ");

		ProblemException problem = ProblemTranslator
			.translate(new ServerWebInputException("read", parameter(), new DecodingException("JSON decoding error", syntax)));

		assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
		assertThat(problem.detailKey()).isEqualTo("problem.malformed-request.json");
		assertThat(problem.errors()).isEmpty();
	}

	@Test
	void namesAParameterOfTheWrongType() {
		MethodParameter limit = parameter();
		limit.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());

		ProblemException problem = ProblemTranslator
			.translate(new ServerWebInputException("Type mismatch.", limit, new TypeMismatchException("many", Integer.class)));

		assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
		assertThat(problem.errors()).singleElement().satisfies((violation) -> {
			assertThat(violation.field()).isEqualTo("form");
			assertThat(violation.code()).isEqualTo("unreadable-value");
		});
	}

	@Test
	void namesAPathVariableThatConvertsToNothing() throws NoSuchMethodException {
		MethodParameter id = new MethodParameter(Endpoint.class.getDeclaredMethod("read", UUID.class), 0);
		id.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());

		ProblemException problem = ProblemTranslator.translate(new ServerErrorException("id", id, null));

		assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
		assertThat(problem.errors()).singleElement().satisfies((violation) -> {
			assertThat(violation.field()).isEqualTo("id");
			assertThat(violation.code()).isEqualTo("unreadable-value");
		});
	}

	@Test
	void mapsAValueTheDatabaseCannotStoreToAMalformedRequest() {
		R2dbcException nul = new R2dbcBadGrammarException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021");

		ProblemException problem = ProblemTranslator.translate(new BadSqlGrammarException("executeMany", "select", nul));

		assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
		assertThat(problem.detailKey()).isEqualTo("problem.malformed-request.value");
		assertThat(ProblemTranslator.translate(new BadSqlGrammarException("executeMany", "select",
				new R2dbcBadGrammarException("relation does not exist", "42P01"))).type())
			.isEqualTo(ProblemType.INTERNAL);
	}

	@Test
	void keepsAServerErrorOfAnythingButAPathVariableInternal() throws NoSuchMethodException {
		MethodParameter form = new MethodParameter(Endpoint.class.getDeclaredMethod("create", Form.class), 0);

		assertThat(ProblemTranslator.translate(new ServerErrorException("form", form, null)).type())
			.isEqualTo(ProblemType.INTERNAL);
	}

	@Test
	void mapsAnUnreadableRequestWithoutDetailsToMalformed() {
		assertThat(ProblemTranslator.translate(new ServerWebInputException("No request body")).type())
			.isEqualTo(ProblemType.MALFORMED_REQUEST);
	}

	@Test
	void mapsSecurityFailures() {
		assertThat(ProblemTranslator.translate(new BadCredentialsException("bad token")).type())
			.isEqualTo(ProblemType.UNAUTHORIZED);
		assertThat(ProblemTranslator.translate(new AccessDeniedException("denied")).type()).isEqualTo(ProblemType.FORBIDDEN);
	}

	@Test
	void mapsDataFailuresToConflictsOfState() {
		assertThat(ProblemTranslator.translate(new OptimisticLockingFailureException("version 3 is gone")))
			.satisfies((problem) -> {
				assertThat(problem.type()).isEqualTo(ProblemType.STALE_VERSION);
				assertThat(problem.detailKey()).isEqualTo("problem.stale-version.concurrent");
			});
		assertThat(ProblemTranslator.translate(new DataIntegrityViolationException("duplicate key plan_reference")))
			.satisfies((problem) -> {
				assertThat(problem.type()).isEqualTo(ProblemType.CONFLICT);
				assertThat(problem.detailKey()).isEqualTo("problem.conflict.duplicate");
			});
	}

	@Test
	void mapsATimeoutToServiceUnavailable() {
		assertThat(ProblemTranslator.translate(new TimeoutException("no answer in 2s")).type())
			.isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
	}

	@Test
	void answersADatabaseThatGivesNoConnectionInTimeAsUnavailable() {
		// What the R2DBC pool's max-acquire-time raises, as a query and as a transaction see it.
		R2dbcTimeoutException acquisition = new R2dbcTimeoutException("Connection acquisition timed out after 2000ms",
				new TimeoutException("Did not observe any item or terminal signal within 2000ms"));

		ProblemException query = ProblemTranslator
			.translate(new DataAccessResourceFailureException("Failed to obtain R2DBC Connection", acquisition));
		ProblemException transaction = ProblemTranslator.translate(
				new CannotCreateTransactionException("Could not open R2DBC Connection for transaction", acquisition));

		assertThat(query.type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
		assertThat(transaction.type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
	}

	@Test
	void answersADeadDatabaseAsUnavailable() {
		ProblemException problem = ProblemTranslator.translate(new DataAccessResourceFailureException(
				"Failed to obtain R2DBC Connection", new IllegalStateException("Connection refused: db-7:5432")));

		assertThat(problem.type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
	}

	@Test
	void mapsResponseStatusesToTheirProblems() {
		assertThat(translateStatus(HttpStatus.NOT_FOUND)).isEqualTo(ProblemType.NO_SUCH_ENDPOINT);
		assertThat(translateStatus(HttpStatus.CONTENT_TOO_LARGE)).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
		assertThat(translateStatus(HttpStatus.UNAUTHORIZED)).isEqualTo(ProblemType.UNAUTHORIZED);
		assertThat(translateStatus(HttpStatus.FORBIDDEN)).isEqualTo(ProblemType.FORBIDDEN);
		assertThat(translateStatus(HttpStatus.TOO_MANY_REQUESTS)).isEqualTo(ProblemType.TOO_MANY_REQUESTS);
		assertThat(translateStatus(HttpStatus.BAD_GATEWAY)).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
		assertThat(translateStatus(HttpStatus.GATEWAY_TIMEOUT)).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
		assertThat(translateStatus(HttpStatus.BAD_REQUEST)).isEqualTo(ProblemType.MALFORMED_REQUEST);
		assertThat(translateStatus(HttpStatus.PRECONDITION_FAILED)).isEqualTo(ProblemType.STALE_VERSION);
		assertThat(translateStatus(HttpStatus.PRECONDITION_REQUIRED)).isEqualTo(ProblemType.PRECONDITION_REQUIRED);
		assertThat(translateStatus(HttpStatus.INTERNAL_SERVER_ERROR)).isEqualTo(ProblemType.INTERNAL);
	}

	@ParameterizedTest
	@EnumSource(HttpStatus.class)
	void answersEveryClientErrorStatusWithAClientErrorProblem(HttpStatus status) {
		ProblemType type = translateStatus(status);

		assertThat(type.status().is4xxClientError()).as("%s maps to %s", status, type).isEqualTo(status.is4xxClientError());
	}

	@Test
	void disclosesNothingOfAnUnexpectedFailure() {
		ProblemException problem = ProblemTranslator.translate(new IllegalStateException("password=hunter2"));

		assertThat(problem.type()).isEqualTo(ProblemType.INTERNAL);
		assertThat(problem.detailKey()).isNull();
		assertThat(problem.detailArguments()).isEmpty();
		assertThat(problem.properties()).isEmpty();
		assertThat(problem.getMessage()).doesNotContain("hunter2");
	}

	private static ProblemType translateStatus(HttpStatus status) {
		return ProblemTranslator.translate(new ResponseStatusException(status)).type();
	}

	private static JacksonException jacksonFailure(String body) {
		try {
			json.readValue(body, Plan.class);
		}
		catch (JacksonException ex) {
			return ex;
		}
		throw new AssertionError("Expected " + body + " not to be readable");
	}

	private static MethodParameter parameter() {
		try {
			Method create = Endpoint.class.getDeclaredMethod("create", Form.class);
			return new MethodParameter(create, 0);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Form(String name, Integer size) {
	}

	record Plan(List<Program> programs) {
	}

	record Program(BigDecimal budget) {
	}

	static class Endpoint {

		void create(Form form) {
		}

		void read(@PathVariable UUID id) {
		}

	}

}
