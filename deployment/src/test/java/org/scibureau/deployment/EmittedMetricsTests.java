package org.scibureau.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue of emitted metrics matches what the platform and Spring Boot register. */
class EmittedMetricsTests {

	private static final Repository REPOSITORY = Repository.locate();

	@Test
	void platformMetersAreRegisteredWhereTheCatalogueSays() {
		for (EmittedMetrics.Meter meter : EmittedMetrics.PLATFORM) {
			String source = REPOSITORY.read(meter.source());

			assertThat(meter.type().registration(meter.name()).matcher(source).find())
				.as("%s registers %s as a %s", meter.source(), meter.name(), meter.type())
				.isTrue();
			// Timers are in seconds by the Prometheus registry itself; other meters declare their unit.
			if (meter.baseUnit() != null && meter.type() == EmittedMetrics.Type.GAUGE) {
				assertThat(source).as("%s base unit", meter.name()).contains(".baseUnit(\"" + meter.baseUnit() + "\")");
			}
			if (meter.type() == EmittedMetrics.Type.TIMER_WITH_PERCENTILES) {
				assertThat(source).as("%s percentiles", meter.name()).contains(".publishPercentiles(");
			}
		}
	}

	@Test
	void inboxCountsDeadLettersUnderTheOutcomeTheAlertSelects() {
		assertThat(REPOSITORY.read(EmittedMetrics.INBOX)).contains("\"outcome\"").contains("\"dead-lettered\"");
	}

	@Test
	void r2dbcPoolMetersAreTheOnesSpringBootRegisters() throws IOException {
		String classFile;
		try (InputStream in = getClass().getClassLoader()
			.getResourceAsStream("org/springframework/boot/r2dbc/metrics/ConnectionPoolMetrics.class")) {
			assertThat(in).as("Spring Boot's ConnectionPoolMetrics on the test class path").isNotNull();
			classFile = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}

		assertThat(classFile).contains("r2dbc.pool.", "connections");
		for (EmittedMetrics.Meter meter : EmittedMetrics.R2DBC_POOL) {
			assertThat(classFile).contains(meter.name().substring("r2dbc.pool.".length()));
		}
	}

	@Test
	void namesSeriesByMicrometersPrometheusConvention() {
		assertThat(EmittedMetrics.all()).containsKeys("scibureau_outbox_backlog", "scibureau_outbox_oldest_age_seconds",
				"scibureau_outbox_publish_failures_total", "scibureau_inbox_events_total",
				"scibureau_outbox_lag_seconds", "http_server_requests_seconds_count",
				"http_server_requests_seconds_bucket", "jvm_memory_used_bytes", "r2dbc_pool_acquired_connections",
				"r2dbc_pool_max_allocated_connections", "up", "probe_success");
		assertThat(EmittedMetrics.all()).doesNotContainKeys("scibureau_outbox_lag_seconds_bucket",
				"http_server_requests_seconds", "scibureau_outbox_backlog_total");
	}

}
