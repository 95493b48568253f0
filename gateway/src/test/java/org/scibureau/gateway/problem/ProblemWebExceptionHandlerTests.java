package org.scibureau.gateway.problem;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;

import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemWebExceptionHandlerTests {

	private final ProblemWebExceptionHandler handler = new ProblemWebExceptionHandler(
			new ProblemResponses(JsonMapper.builder().build()));

	@Test
	void disclosesNothingAboutAnUnexpectedFailure() {
		MockServerWebExchange exchange = exchange("/api/plan/projects");

		StepVerifier
			.create(this.handler.handle(exchange,
					new IllegalStateException("pool exhausted at db-internal.scibureau.local:5432")))
			.expectComplete()
			.verify(Duration.ofSeconds(5));

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		StepVerifier.create(exchange.getResponse().getBodyAsString())
			.assertNext((body) -> assertThat(body).contains("\"type\":\"urn:scibureau:problem:internal\"")
				.contains("\"instance\":\"/api/plan/projects\"")
				.doesNotContain("db-internal", "5432", "IllegalStateException", "pool exhausted", "at org."))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void reportsAnUnknownPathAsNoSuchEndpoint() {
		Problem problem = ProblemWebExceptionHandler.problemFor(new ResponseStatusException(HttpStatus.NOT_FOUND));

		assertThat(problem.type()).isEqualTo(ProblemType.NO_SUCH_ENDPOINT);
	}

	@Test
	void reportsAnOversizedBodyAsPayloadTooLarge() {
		Problem problem = ProblemWebExceptionHandler
			.problemFor(new IllegalStateException(new DataBufferLimitException("too large")));

		assertThat(problem.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
	}

	@Test
	void reportsAnUncheckableTokenAsServiceUnavailable() {
		Problem problem = ProblemWebExceptionHandler
			.problemFor(new AuthenticationServiceException("JWK set unreachable"));

		assertThat(problem.type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
	}

	@Test
	void reportsAnUnreachableKeySetAsServiceUnavailable() {
		WebClientRequestException refused = new WebClientRequestException(new ConnectException("refused"),
				HttpMethod.GET, URI.create("http://localhost:9000/oauth2/jwks"), new HttpHeaders());

		Problem problem = ProblemWebExceptionHandler
			.problemFor(new IllegalStateException("Could not obtain the keys", refused));

		assertThat(problem.type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
	}

	@Test
	void reportsABadTokenAsUnauthorized() {
		Problem problem = ProblemWebExceptionHandler.problemFor(new BadCredentialsException("bad"));

		assertThat(problem.type()).isEqualTo(ProblemType.UNAUTHORIZED);
	}

	@Test
	void reportsGatewayTimeoutsAndBadGatewaysAsServiceUnavailable() {
		assertThat(ProblemWebExceptionHandler.problemFor(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT)).type())
			.isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
		assertThat(ProblemWebExceptionHandler.problemFor(new ResponseStatusException(HttpStatus.BAD_GATEWAY)).type())
			.isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
		assertThat(ProblemWebExceptionHandler.problemFor(new TimeoutException()).type())
			.isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
	}

	@Test
	void reportsAWrongMethodAsMethodNotAllowed() {
		Problem problem = ProblemWebExceptionHandler
			.problemFor(new MethodNotAllowedException("POST", List.of()));

		assertThat(problem.type()).isEqualTo(ProblemType.METHOD_NOT_ALLOWED);
	}

	@Test
	void leavesACommittedResponseAlone() {
		MockServerWebExchange exchange = exchange("/api/plan/projects");
		IllegalStateException failure = new IllegalStateException("late");

		StepVerifier.create(exchange.getResponse().setComplete().then(this.handler.handle(exchange, failure)))
			.expectErrorSatisfies((error) -> assertThat(error).isSameAs(failure))
			.verify(Duration.ofSeconds(5));
	}

	private static MockServerWebExchange exchange(String path) {
		return MockServerWebExchange.from(MockServerHttpRequest.get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
	}

}
