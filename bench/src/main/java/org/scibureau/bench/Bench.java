package org.scibureau.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scibureau.bench.report.Reports;
import org.scibureau.bench.scenario.EventPath;
import org.scibureau.bench.scenario.Footprint;
import org.scibureau.bench.scenario.GatewayHop;
import org.scibureau.bench.scenario.Growth;
import org.scibureau.bench.scenario.Saga;
import org.scibureau.bench.scenario.WritePath;
import org.scibureau.platform.test.infrastructure.TestInfrastructure;

/**
 * The bench's command: {@code ./scibureau bench [scenario…] [--quick|--smoke] [--profile] [--out DIR]}. Runs the
 * named scenarios (all by default) one after another, writes {@code bench/results/<timestamp>/} (results.json,
 * summary.md, report.html, and with {@code --profile} a CPU flame graph of each measured application in
 * {@code profiles/}) and prints the summary table.
 */
public final class Bench {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private final Map<String, Scenario> scenarios = new LinkedHashMap<>();

	Bench(List<Scenario> scenarios) {
		scenarios.forEach((scenario) -> this.scenarios.put(scenario.name(), scenario));
	}

	/** Every scenario, in the order of the issue. */
	static Bench standard() {
		return new Bench(List.of(new GatewayHop(), new WritePath(), new EventPath(), new Growth(), new Footprint(), new Saga()));
	}

	public static void main(String[] arguments) throws IOException {
		// No container engine here: the PostgreSQL server and broker that scenarios start run embedded, unless told.
		System.getProperties().putIfAbsent(TestInfrastructure.MODE_PROPERTY, "embedded");
		Bench bench = standard();
		Mode mode = Mode.FULL;
		Path repository = Path.of(System.getProperty("scibureau.repository", ".")).toAbsolutePath().normalize();
		Path out = null;
		boolean profiling = false;
		List<String> names = new ArrayList<>();
		for (int i = 0; i < arguments.length; i++) {
			switch (arguments[i]) {
				case "--quick" -> mode = Mode.QUICK;
				case "--smoke" -> mode = Mode.SMOKE;
				case "--profile" -> profiling = true;
				case "--out" -> out = Path.of(arguments[++i]);
				default -> names.add(arguments[i]);
			}
		}
		Instant started = Instant.now();
		Path directory = (out != null) ? out
				: repository.resolve("bench").resolve("results").resolve(STAMP.format(started));
		BenchRun run = bench.run(names, new BenchContext(mode, repository, directory.resolve("work"), profiling),
				started);
		Reports.write(run, directory);
		System.out.println(Reports.summaryTable(run));
		System.out.println("Report: " + directory.resolve("summary.md") + " and report.html");
		// The token issuer's key set server and the HTTP clients keep threads; the run is over.
		System.exit(0);
	}

	/**
	 * Runs scenarios.
	 * @param names the scenarios to run, all when empty
	 * @param context the run's settings
	 * @param started when the run started
	 * @return what they measured; a scenario that failed is reported as skipped with its reason
	 * @throws IOException if the work directory cannot be made
	 * @throws IllegalArgumentException for a name that is no scenario
	 */
	BenchRun run(List<String> names, BenchContext context, Instant started) throws IOException {
		for (String name : names) {
			if (!this.scenarios.containsKey(name)) {
				throw new IllegalArgumentException("No scenario '" + name + "'; there are " + this.scenarios.keySet());
			}
		}
		Files.createDirectories(context.work());
		List<ScenarioResult> results = new ArrayList<>();
		for (Scenario scenario : this.scenarios.values()) {
			if (!names.isEmpty() && !names.contains(scenario.name())) {
				continue;
			}
			System.out.println("Running " + scenario.name() + " (" + context.mode().name() + ")…");
			long begun = System.nanoTime();
			ScenarioResult result = runOne(scenario, context);
			String took = "the scenario took %.0f s".formatted((System.nanoTime() - begun) / 1e9);
			System.out.println("  " + took);
			results.add(result.withNote(took));
		}
		return new BenchRun(started, context.mode().name(), Machines.detect(context), results);
	}

	private static ScenarioResult runOne(Scenario scenario, BenchContext context) {
		try {
			return scenario.run(context);
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			return new ScenarioResult(scenario.name(), scenario.name(), List.of(), List.of(), List.of(),
					ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

}
