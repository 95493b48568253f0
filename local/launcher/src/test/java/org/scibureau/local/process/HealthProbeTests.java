package org.scibureau.local.process;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthProbeTests {

	private final HealthProbe probe = HealthProbe.create();

	private HttpServer server;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		respond("/up", 200, "{\"status\":\"UP\",\"components\":{\"r2dbc\":{\"status\":\"UP\"}}}");
		respond("/down", 503, "{\"status\":\"OUT_OF_SERVICE\"}");
		respond("/html", 404, "<html>Not Found</html>");
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void anEndpointReportingUpIsUp() {
		Health health = this.probe.check(uri("/up"));

		assertThat(health.isUp()).isTrue();
	}

	@Test
	void anEndpointReportingAnotherStatusAnsweredButIsNotUp() {
		Health health = this.probe.check(uri("/down"));

		assertThat(health.isUp()).isFalse();
		assertThat(health.answered()).isTrue();
		assertThat(health.detail()).isEqualTo("OUT_OF_SERVICE");
	}

	@Test
	void anAnswerThatIsNoHealthReportCountsAsNoAnswer() {
		Health health = this.probe.check(uri("/html"));

		assertThat(health.answered()).isFalse();
		assertThat(health.detail()).isEqualTo("HTTP 404 without a health report");
	}

	@Test
	void aPortNothingListensOnIsUnreachable() {
		int port = this.server.getAddress().getPort();
		this.server.stop(0);

		Health health = this.probe.check(URI.create("http://127.0.0.1:" + port + "/actuator/health"));

		assertThat(health.state()).isEqualTo(Health.State.UNREACHABLE);
	}

	@Test
	void upWithAnErrorStatusCodeIsNotUp() {
		assertThat(HealthProbe.interpret(500, "{\"status\":\"UP\"}").isUp()).isFalse();
	}

	private void respond(String path, int status, String body) {
		this.server.createContext(path, (exchange) -> {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + path);
	}

}
