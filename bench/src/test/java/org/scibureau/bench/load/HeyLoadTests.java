package org.scibureau.bench.load;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.scibureau.bench.Measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HeyLoadTests {

	@Test
	void readsEveryRequestOfHeysCsvIntoPercentilesErrorsAndCompletionsPerSecond() {
		List<String> csv = List.of(
				"response-time,DNS+dialup,DNS,Request-write,Response-delay,Response-read,status-code,offset",
				"0.0010,0.0001,0,0,0.0009,0,200,0.10", "0.0020,0,0,0,0.0020,0,200,0.50",
				"0.0030,0,0,0,0.0030,0,200,1.20", "0.0500,0,0,0,0.0500,0,503,1.30",
				"0.0040,0,0,0,0.0040,0,200,1.990");

		Measurement measurement = HeyLoad.measurement("saturation", "gateway", csv);

		assertThat(measurement.operations()).isEqualTo(4);
		assertThat(measurement.errors()).isEqualTo(1);
		assertThat(measurement.perSecond()).containsExactly(2L, 2L);
		assertThat(measurement.seconds()).isCloseTo(2.0, within(0.01));
		assertThat(measurement.throughput()).isCloseTo(2.0, within(0.01));
		assertThat(measurement.latency().max()).isCloseTo(4.0, within(0.01));
		assertThat(measurement.latency().p50()).isCloseTo(2.0, within(0.01));
	}

	@Test
	void configuresNginxAsAPlainKeepAliveProxyInItsOwnDirectory() {
		String configuration = NginxProcess.configuration(Path.of("/tmp/run"), 8090,
				URI.create("http://127.0.0.1:9000"));

		assertThat(configuration).contains("listen 127.0.0.1:8090;", "server 127.0.0.1:9000;", "keepalive 128;",
				"proxy_set_header Connection \"\";", "access_log off;", "pid /tmp/run/nginx.pid;",
				"worker_processes 1;");
	}

}
