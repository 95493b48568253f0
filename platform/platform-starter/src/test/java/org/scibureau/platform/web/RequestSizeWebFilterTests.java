package org.scibureau.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PatternParseException;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

class RequestSizeWebFilterTests {

	private static final String UPLOADS = "/api/plan/projects/*/attachments";

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final RequestSizeWebFilter filter = new RequestSizeWebFilter(
			new RequestSizeLimits(properties(DataSize.ofKilobytes(1),
					List.of(new WebProperties.UploadPath(UPLOADS, DataSize.ofKilobytes(20))))),
			new ProblemResponses(messages(), JsonMapper.builder().build()));

	@ParameterizedTest
	@CsvSource({ "/api/plan/projects, 1024", "/api/plan/projects/7, 1024", "/api/talent/researchers, 1024",
			"/api/plan/projects/7/8/attachments, 1024", "/api/plan/projects/7/attachments, 20480",
			"/api/plan/projects/7/attachments/8, 30720" })
	void appliesTheLimitOfTheFirstUploadPathThatMatchesOrElseTheDefault(String path, long expected) {
		RequestSizeLimits limits = new RequestSizeLimits(properties(DataSize.ofKilobytes(1),
				List.of(new WebProperties.UploadPath(UPLOADS, DataSize.ofKilobytes(20)),
						new WebProperties.UploadPath(UPLOADS + "/**", DataSize.ofKilobytes(30)))));

		assertThat(limits.maxBytes(MockServerHttpRequest.post(path).build())).isEqualTo(expected);
	}

	@Test
	void appliesTheDefaultEverywhereWithoutUploadPaths() {
		RequestSizeLimits limits = new RequestSizeLimits(properties(DataSize.ofMegabytes(1), List.of()));

		assertThat(limits.maxBytes(MockServerHttpRequest.post("/api/plan/projects/7/attachments").build()))
			.isEqualTo(DataSize.ofMegabytes(1).toBytes());
	}

	@Test
	void refusesADeclaredLengthOverTheDefaultBeforeTheBodyIsRead() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/plan/projects")
			.contentType(MediaType.APPLICATION_JSON)
			.contentLength(1025)
			.build());
		AtomicBoolean reached = new AtomicBoolean();

		StepVerifier.create(this.filter.filter(exchange, (passed) -> Mono.fromRunnable(() -> reached.set(true))))
			.expectComplete()
			.verify(TIMEOUT);

		assertThat(reached).isFalse();
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		StepVerifier.create(exchange.getResponse().getBodyAsString())
			.assertNext((body) -> assertThat(body).contains("urn:scibureau:problem:payload-too-large"))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void letsAnUploadPathTakeADeclaredLengthUpToItsOwnLimitOnly() {
		MockServerWebExchange within = MockServerWebExchange
			.from(MockServerHttpRequest.post("/api/plan/projects/7/attachments").contentLength(20480).build());
		MockServerWebExchange over = MockServerWebExchange
			.from(MockServerHttpRequest.post("/api/plan/projects/7/attachments").contentLength(20481).build());
		AtomicBoolean reached = new AtomicBoolean();

		StepVerifier.create(this.filter.filter(within, (passed) -> Mono.fromRunnable(() -> reached.set(true))))
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(this.filter.filter(over, (passed) -> Mono.error(new AssertionError("passed"))))
			.expectComplete()
			.verify(TIMEOUT);

		assertThat(reached).isTrue();
		assertThat(within.getResponse().getStatusCode()).isNull();
		assertThat(over.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
	}

	@Test
	void failsAChunkedBodyAsSoonAsItGrowsOverItsPathsLimit() {
		AtomicLong read = new AtomicLong();

		StepVerifier
			.create(this.filter.filter(chunked("/api/plan/projects", 3, 400), readBody(read)))
			.expectError(DataBufferLimitException.class)
			.verify(TIMEOUT);
		assertThat(read).hasValue(800);

		read.set(0);
		StepVerifier
			.create(this.filter.filter(chunked("/api/plan/projects/7/attachments", 52, 400), readBody(read)))
			.expectError(DataBufferLimitException.class)
			.verify(TIMEOUT);
		assertThat(read).hasValue(20400);
	}

	@Test
	void passesAChunkedBodyWithinItsPathsLimitUnchanged() {
		AtomicLong read = new AtomicLong();

		StepVerifier
			.create(this.filter.filter(chunked("/api/plan/projects/7/attachments", 51, 400), readBody(read)))
			.expectComplete()
			.verify(TIMEOUT);

		assertThat(read).hasValue(20400);
	}

	@Test
	void bindsUploadPathsFromProperties() {
		Map<String, String> settings = Map.of("scibureau.web.upload-paths[0].pattern", UPLOADS,
				"scibureau.web.upload-paths[0].max-request-size", "21MB");

		WebProperties bound = new Binder(new MapConfigurationPropertySource(settings))
			.bindOrCreate("scibureau.web", WebProperties.class);
		WebProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("scibureau.web", WebProperties.class);

		assertThat(bound.maxRequestSize()).isEqualTo(DataSize.ofMegabytes(1));
		assertThat(bound.uploadPaths())
			.containsExactly(new WebProperties.UploadPath(UPLOADS, DataSize.ofMegabytes(21)));
		assertThat(defaults.uploadPaths()).isEmpty();
	}

	@Test
	void refusesAnUploadPathThatIsNotAPattern() {
		WebProperties properties = properties(DataSize.ofMegabytes(1),
				List.of(new WebProperties.UploadPath("/api/{unclosed", DataSize.ofMegabytes(2))));

		assertThatExceptionOfType(PatternParseException.class).isThrownBy(() -> new RequestSizeLimits(properties));
	}

	private static WebProperties properties(DataSize maxRequestSize, List<WebProperties.UploadPath> uploads) {
		return new WebProperties(maxRequestSize, uploads);
	}

	/** A POST to {@code path} without a declared length, its body {@code chunks} buffers of {@code size} bytes. */
	private static MockServerWebExchange chunked(String path, int chunks, int size) {
		Flux<DataBuffer> body = Flux.range(0, chunks)
			.map((chunk) -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[size]));
		return MockServerWebExchange.from(MockServerHttpRequest.post(path).body(body));
	}

	/** A handler that reads the whole body, counting the bytes it was given. */
	private static WebFilterChain readBody(AtomicLong read) {
		return (exchange) -> exchange.getRequest()
			.getBody()
			.doOnNext((buffer) -> read.addAndGet(buffer.readableByteCount()))
			.then();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("org/scibureau/platform/web/problems");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
