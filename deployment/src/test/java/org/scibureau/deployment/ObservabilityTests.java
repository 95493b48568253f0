package org.scibureau.deployment;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Prometheus scrape configuration and alert rules and the provisioned Grafana dashboard read what the platform
 * emits from where compose runs it; each rule is also shown to catch a real mistake on a changed copy.
 */
class ObservabilityTests {

	private static final Repository REPOSITORY = Repository.locate();

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private static final Tree COMPOSE = yaml("docker-compose.yml");

	private static final Tree PROMETHEUS = yaml("observability/prometheus/prometheus.yml");

	private static final Tree ALERTS = yaml("observability/prometheus/alerts.yml");

	private static final Tree BLACKBOX = yaml("observability/blackbox/blackbox.yml");

	private static final Tree DATASOURCES = yaml("observability/grafana/provisioning/datasources/prometheus.yml");

	private static final Tree DASHBOARD_PROVIDERS = yaml("observability/grafana/provisioning/dashboards/scibureau.yml");

	private static final Tree DASHBOARD = new Tree(
			Tree.frozen(JSON.readValue(REPOSITORY.read("observability/grafana/dashboards/scibureau-overview.json"),
					Object.class)));

	@Test
	void scrapesEveryServiceAndTheGatewayManagementPort() {
		assertThat(ObservabilityRules.scrapeTargets(PROMETHEUS, COMPOSE)).isEmpty();
	}

	@Test
	void probesTheReadinessOfEveryApp() {
		assertThat(ObservabilityRules.readinessProbes(PROMETHEUS, BLACKBOX, COMPOSE)).isEmpty();
		assertThat(COMPOSE.path("services", "blackbox", "volumes").strings())
			.contains("./observability/blackbox/blackbox.yml:/etc/blackbox/blackbox.yml:ro");
	}

	@Test
	void loadsTheAlertRulesComposeMounts() {
		String mount = "./observability/prometheus:/etc/prometheus";
		assertThat(COMPOSE.path("services", "prometheus", "volumes").strings()).contains(mount + ":ro");

		assertThat(PROMETHEUS.get("rule_files").strings()).isNotEmpty().allSatisfy((file) -> {
			assertThat(file).startsWith("/etc/prometheus/");
			assertThat(REPOSITORY.resolve("observability/prometheus/" + file.substring("/etc/prometheus/".length())))
				.isRegularFile();
		});
	}

	@Test
	void alertRulesAreCompleteAndReadOnlyEmittedMetrics() {
		assertThat(ObservabilityRules.alertRules(ALERTS, PROMETHEUS)).isEmpty();
	}

	@Test
	void alertsCoverAvailabilityEventsHttpAndHeap() {
		assertThat(ObservabilityRules.alertMetrics(ALERTS)).contains("up", "probe_success", "scibureau_outbox_backlog",
				"scibureau_outbox_oldest_age_seconds", "scibureau_outbox_publish_failures_total",
				"scibureau_inbox_events_total", "http_server_requests_seconds_count",
				"http_server_requests_seconds_bucket", "jvm_memory_used_bytes", "jvm_memory_max_bytes");
		assertThat(ALERTS.get("groups").items()).flatExtracting((group) -> group.get("rules").items())
			.extracting((rule) -> rule.string("expr"))
			.anySatisfy((expr) -> assertThat(expr).contains("scibureau_inbox_events_total{outcome=\"dead-lettered\"}"));
	}

	@Test
	void dashboardPanelsQueryEmittedMetricsFromTheProvisionedDataSource() {
		assertThat(ObservabilityRules.dashboard(DASHBOARD, datasourceUid())).isEmpty();
	}

	@Test
	void dashboardShowsTrafficErrorsLatencyEventsAndResources() {
		Set<String> metrics = ObservabilityRules.dashboardMetrics(DASHBOARD);

		assertThat(metrics).contains("http_server_requests_seconds_count", "http_server_requests_seconds_bucket",
				"scibureau_outbox_backlog", "scibureau_outbox_oldest_age_seconds", "scibureau_inbox_events_total",
				"jvm_memory_used_bytes", "r2dbc_pool_acquired_connections", "r2dbc_pool_pending_connections");
		assertThat(ObservabilityRules.panels(DASHBOARD)).extracting((panel) -> panel.string("title"))
			.contains("Request rate by service and URI", "5xx errors by service and URI",
					"p99 latency by service and URI");
	}

	@Test
	void grafanaProvisioningPointsAtComposesPrometheusAndDashboards() {
		Tree datasource = DATASOURCES.get("datasources").items().get(0);
		Tree provider = DASHBOARD_PROVIDERS.get("providers").items().get(0);

		assertThat(datasource.string("url")).isEqualTo("http://prometheus:9090");
		assertThat(COMPOSE.path("services", "prometheus").isMissing()).isFalse();
		assertThat(COMPOSE.path("services", "grafana", "volumes").strings()).contains(
				"./observability/grafana/provisioning:/etc/grafana/provisioning:ro",
				"./observability/grafana/dashboards:" + provider.string("options", "path") + ":ro");
	}

	// The rules catch real mistakes.

	@Test
	void catchesAnAlertWithoutSeverityOrSummary() {
		Tree alerts = copy(ALERTS);
		Tree rule = alerts.get("groups").items().get(0).get("rules").items().get(0);

		rule.get("labels").map().remove("severity");
		rule.get("annotations").map().remove("summary");

		assertThat(ObservabilityRules.alertRules(alerts, PROMETHEUS)).containsExactly(
				"alert ScibureauServiceDown severity '' is not one of " + ObservabilityRules.SEVERITIES,
				"alert ScibureauServiceDown has no annotations.summary");
	}

	@Test
	void catchesAnAlertOnAMetricNobodyEmits() {
		Tree alerts = copy(ALERTS);
		Tree rule = alerts.get("groups").items().get(1).get("rules").items().get(0);

		rule.map().put("expr", "max by (application) (scibureau_outbox_oldest_age) > 300");

		assertThat(ObservabilityRules.alertRules(alerts, PROMETHEUS)).containsExactly("alert ScibureauOutboxEventStuck "
				+ "reads scibureau_outbox_oldest_age, which the platform does not emit");
	}

	@Test
	void catchesAnAlertOnAJobPrometheusDoesNotScrape() {
		Tree alerts = copy(ALERTS);
		Tree rule = alerts.get("groups").items().get(0).get("rules").items().get(0);

		rule.map().put("expr", "up{job=\"scibureau-service\"} == 0");

		assertThat(ObservabilityRules.alertRules(alerts, PROMETHEUS)).containsExactly("alert ScibureauServiceDown "
				+ "selects job scibureau-service, which Prometheus does not scrape");
	}

	@Test
	void catchesAPanelWithoutDataSourceOrQuery() {
		Tree dashboard = copy(DASHBOARD);
		Tree panel = ObservabilityRules.panels(dashboard).get(0);

		panel.map().remove("datasource");
		panel.map().put("targets", List.of());

		assertThat(ObservabilityRules.dashboard(dashboard, datasourceUid())).containsExactly(
				"panel 'Request rate by service and URI' has no data source prometheus",
				"panel 'Request rate by service and URI' has no target");
	}

	@Test
	void rejectsADashboardThatIsNotJson() {
		String broken = "{\"uid\": \"x\", \"uid\": \"y\"}";

		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> JSON.readValue(broken, Map.class));
	}

	private static String datasourceUid() {
		return DATASOURCES.get("datasources").items().get(0).string("uid");
	}

	private static Tree copy(Tree tree) {
		return new Tree(Tree.copy(tree.value()));
	}

	private static Tree yaml(String file) {
		return new Tree(Tree.frozen(YamlDocuments.loadSingle(REPOSITORY.resolve(file))));
	}

}
