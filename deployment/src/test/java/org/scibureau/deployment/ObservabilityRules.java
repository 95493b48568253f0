package org.scibureau.deployment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Prometheus configuration, the alert rules and the Grafana dashboards must satisfy. Each rule answers the
 * problems it finds, so a test can show both that the real files pass and that a broken copy fails.
 */
final class ObservabilityRules {

	static final String METRICS_PATH = "/actuator/prometheus";

	static final Set<String> SEVERITIES = Set.of("critical", "warning", "info");

	private static final Pattern DURATION = Pattern.compile("(\\d+(ms|[smhdwy]))+");

	private static final Pattern JOB_MATCHER = Pattern.compile("\\bjob\\s*(=~|=)\\s*\"([^\"]*)\"");

	private ObservabilityRules() {
	}

	/** Prometheus scrapes {@code /actuator/prometheus} of every service and of the gateway's management port. */
	static List<String> scrapeTargets(Tree prometheus, Tree compose) {
		List<String> problems = new ArrayList<>();
		Set<String> targets = new LinkedHashSet<>();
		for (Tree job : prometheus.get("scrape_configs").items()) {
			if (job.string("metrics_path").equals(METRICS_PATH)) {
				job.get("static_configs").items().forEach((config) -> targets.addAll(config.get("targets").strings()));
			}
		}
		String gatewayPort = ComposeRules.environment(compose.path("services", Workload.GATEWAY.app()))
			.getOrDefault(EnvironmentNames.MANAGEMENT_SERVER_PORT, String.valueOf(Workload.GATEWAY.port()));
		for (Workload workload : Workload.values()) {
			String port = workload.isService() ? String.valueOf(workload.port()) : gatewayPort;
			require(targets.contains(workload.app() + ":" + port), "Prometheus does not scrape " + workload.app() + ":"
					+ port + METRICS_PATH, problems);
		}
		for (String target : targets) {
			String host = target.substring(0, target.indexOf(':'));
			require(!compose.path("services", host).isMissing(), "Prometheus scrapes " + target
					+ ", which is no compose service", problems);
		}
		return problems;
	}

	/** The readiness job probes each app's readiness group through a module the blackbox exporter defines. */
	static List<String> readinessProbes(Tree prometheus, Tree blackbox, Tree compose) {
		List<String> problems = new ArrayList<>();
		Tree job = job(prometheus, "scibureau-readiness");
		if (job.isMissing()) {
			problems.add("Prometheus has no scibureau-readiness job");
			return problems;
		}
		Set<String> targets = new LinkedHashSet<>();
		job.get("static_configs").items().forEach((config) -> targets.addAll(config.get("targets").strings()));
		String gatewayPort = ComposeRules.environment(compose.path("services", Workload.GATEWAY.app()))
			.getOrDefault(EnvironmentNames.MANAGEMENT_SERVER_PORT, String.valueOf(Workload.GATEWAY.port()));
		for (Workload workload : Workload.values()) {
			String port = workload.isService() ? String.valueOf(workload.port()) : gatewayPort;
			String url = "http://" + workload.app() + ":" + port + KubernetesRules.READINESS;
			require(targets.contains(url), "Prometheus does not probe " + url, problems);
		}
		for (String module : job.path("params", "module").strings()) {
			require(!blackbox.path("modules", module).isMissing(), "blackbox exporter has no module " + module,
					problems);
		}
		return problems;
	}

	/**
	 * Every alert has an expression over metrics the platform emits and jobs Prometheus scrapes, a duration, a
	 * severity and a summary; names are unique.
	 */
	static List<String> alertRules(Tree alerts, Tree prometheus) {
		List<String> problems = new ArrayList<>();
		Set<String> jobs = new HashSet<>();
		prometheus.get("scrape_configs").items().forEach((job) -> jobs.add(job.string("job_name")));
		Map<String, String> emitted = EmittedMetrics.all();
		Set<String> names = new HashSet<>();
		List<Tree> rules = rules(alerts);
		require(!rules.isEmpty(), "no alert rules", problems);
		for (Tree rule : rules) {
			String name = rule.string("alert");
			String where = "alert " + (name.isEmpty() ? rule.value() : name);
			require(!name.isEmpty(), where + " has no name", problems);
			require(names.add(name), where + " is defined twice", problems);
			require(DURATION.matcher(rule.string("for")).matches(), where + " has no valid 'for' duration", problems);
			require(SEVERITIES.contains(rule.string("labels", "severity")), where + " severity '"
					+ rule.string("labels", "severity") + "' is not one of " + SEVERITIES, problems);
			require(!rule.string("annotations", "summary").isBlank(), where + " has no annotations.summary", problems);
			String expression = rule.string("expr");
			if (expression.isBlank()) {
				problems.add(where + " has no expr");
				continue;
			}
			checkExpression(expression, where, emitted, problems);
			Matcher matcher = JOB_MATCHER.matcher(expression);
			while (matcher.find()) {
				for (String job : matcher.group(2).split("\\|")) {
					require(jobs.contains(job), where + " selects job " + job + ", which Prometheus does not scrape",
							problems);
				}
			}
		}
		return problems;
	}

	/** The metrics the alert rules read. */
	static Set<String> alertMetrics(Tree alerts) {
		Set<String> metrics = new LinkedHashSet<>();
		rules(alerts).forEach((rule) -> metrics.addAll(PromQl.metricNames(rule.string("expr"))));
		return metrics;
	}

	private static List<Tree> rules(Tree alerts) {
		List<Tree> rules = new ArrayList<>();
		alerts.get("groups").items().forEach((group) -> rules.addAll(group.get("rules").items()));
		return rules;
	}

	/**
	 * Every panel (rows' nested panels too) has the provisioned data source and at least one query over metrics the
	 * platform emits; panel ids are unique; variables query emitted metrics.
	 */
	static List<String> dashboard(Tree dashboard, String datasourceUid) {
		List<String> problems = new ArrayList<>();
		Map<String, String> emitted = EmittedMetrics.all();
		require(!dashboard.string("uid").isEmpty() && !dashboard.string("title").isEmpty(), "dashboard has no uid or title",
				problems);
		Set<String> ids = new HashSet<>();
		List<Tree> panels = panels(dashboard);
		require(!panels.isEmpty(), "dashboard has no panels", problems);
		for (Tree panel : panels) {
			String where = "panel '" + panel.string("title") + "'";
			require(ids.add(panel.string("id")), where + " reuses id " + panel.string("id"), problems);
			require(!panel.path("gridPos", "w").isMissing(), where + " has no gridPos", problems);
			require(panel.string("datasource", "uid").equals(datasourceUid), where + " has no data source "
					+ datasourceUid, problems);
			List<Tree> targets = panel.get("targets").items();
			require(!targets.isEmpty(), where + " has no target", problems);
			for (Tree target : targets) {
				require(target.string("datasource", "uid").equals(datasourceUid), where + " target "
						+ target.string("refId") + " has no data source " + datasourceUid, problems);
				String expression = target.string("expr");
				if (expression.isBlank()) {
					problems.add(where + " target " + target.string("refId") + " has no expr");
				}
				else {
					checkExpression(expression, where, emitted, problems);
				}
			}
		}
		for (Tree variable : dashboard.path("templating", "list").items()) {
			String query = variable.path("query", "query").text().orElse(variable.string("query"));
			PromQl.variableMetricNames(query).stream().filter((metric) -> !emitted.containsKey(metric))
				.forEach((metric) -> problems.add("variable " + variable.string("name") + " reads " + metric
						+ ", which the platform does not emit"));
			require(variable.string("datasource", "uid").equals(datasourceUid), "variable " + variable.string("name")
					+ " has no data source " + datasourceUid, problems);
		}
		return problems;
	}

	/** The metrics a dashboard's panels read. */
	static Set<String> dashboardMetrics(Tree dashboard) {
		Set<String> metrics = new LinkedHashSet<>();
		panels(dashboard).forEach((panel) -> panel.get("targets").items()
			.forEach((target) -> metrics.addAll(PromQl.metricNames(target.string("expr")))));
		return metrics;
	}

	/** Every panel but rows, including those nested in collapsed rows. */
	static List<Tree> panels(Tree dashboard) {
		List<Tree> panels = new ArrayList<>();
		for (Tree panel : dashboard.get("panels").items()) {
			if (panel.string("type").equals("row")) {
				panels.addAll(panel.get("panels").items());
			}
			else {
				panels.add(panel);
			}
		}
		return panels;
	}

	static Tree job(Tree prometheus, String name) {
		return prometheus.get("scrape_configs").items().stream()
			.filter((job) -> job.string("job_name").equals(name))
			.findFirst()
			.orElse(Tree.MISSING);
	}

	private static void checkExpression(String expression, String where, Map<String, String> emitted,
			List<String> problems) {
		try {
			PromQl.metricNames(expression).stream().filter((metric) -> !emitted.containsKey(metric))
				.forEach((metric) -> problems.add(where + " reads " + metric + ", which the platform does not emit"));
		}
		catch (IllegalArgumentException ex) {
			problems.add(where + ": " + ex.getMessage());
		}
	}

	private static void require(boolean condition, String problem, List<String> problems) {
		if (!condition) {
			problems.add(problem);
		}
	}

}
