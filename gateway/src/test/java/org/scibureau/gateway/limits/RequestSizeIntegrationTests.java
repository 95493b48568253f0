package org.scibureau.gateway.limits;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import reactor.core.publisher.Flux;

import org.scibureau.gateway.GatewayIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class RequestSizeIntegrationTests extends GatewayIntegrationTestSupport {

	@Test
	void refusesABodyDeclaredLargerThanTheLimit() {
		String uri = "/api/ip/patents/" + UUID.randomUUID();

		ResponseSpec response = this.client.post()
			.uri(gateway(uri))
			.headers((headers) -> headers.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("x".repeat(MAX_REQUEST_BYTES + 1))
			.exchange();

		response.expectStatus().isEqualTo(413)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:payload-too-large");
		assertThat(downstream.requestsTo(uri)).isEmpty();
	}

	@Test
	void refusesAChunkedBodyOnceItGrowsLargerThanTheLimit() {
		String uri = "/api/ip/patents/" + UUID.randomUUID();
		Flux<DataBuffer> chunks = Flux.range(0, 20).map((chunk) -> DefaultDataBufferFactory.sharedInstance
			.wrap("y".repeat(MAX_REQUEST_BYTES / 10).getBytes(StandardCharsets.UTF_8)));

		ResponseSpec response = this.client.post()
			.uri(gateway(uri))
			.headers((headers) -> headers.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(chunks, DataBuffer.class)
			.exchange();

		response.expectStatus().isEqualTo(413)
			.expectBody().jsonPath("$.type").isEqualTo("urn:scibureau:problem:payload-too-large");
		assertThat(downstream.requestsTo(uri)).isEmpty();
	}

	@Test
	void forwardsAChunkedBodyWithinTheLimit() {
		String uri = "/api/ip/patents/" + UUID.randomUUID();
		Flux<DataBuffer> chunks = Flux.range(0, 5).map((chunk) -> DefaultDataBufferFactory.sharedInstance
			.wrap("z".repeat(1000).getBytes(StandardCharsets.UTF_8)));

		ResponseSpec response = this.client.post()
			.uri(gateway(uri))
			.headers((headers) -> headers.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(chunks, DataBuffer.class)
			.exchange();

		response.expectStatus().isOk();
		assertThat(downstream.requestsTo(uri)).singleElement()
			.satisfies((request) -> assertThat(request.bodyLength()).isEqualTo(5000));
	}

	@Test
	void letsAnUploadPathTakeALargerBodyUpToItsOwnLimit() {
		String uploads = "/api/plan/projects/" + UUID.randomUUID() + "/attachments";

		ResponseSpec within = this.client.post()
			.uri(gateway(uploads))
			.headers((headers) -> headers.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue("u".repeat(MAX_REQUEST_BYTES * 2))
			.exchange();
		ResponseSpec over = this.client.post()
			.uri(gateway(uploads))
			.headers((headers) -> headers.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue("u".repeat(MAX_UPLOAD_BYTES + 1))
			.exchange();

		within.expectStatus().isOk();
		over.expectStatus().isEqualTo(413);
		assertThat(downstream.requestsTo(uploads)).singleElement()
			.satisfies((request) -> assertThat(request.bodyLength()).isEqualTo(MAX_REQUEST_BYTES * 2));
	}

	@Test
	void checksTheTokenBeforeTheSize() {
		ResponseSpec response = this.client.post()
			.uri(gateway("/api/ip/patents"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("x".repeat(MAX_REQUEST_BYTES + 1))
			.exchange();

		response.expectStatus().isUnauthorized();
	}

}
