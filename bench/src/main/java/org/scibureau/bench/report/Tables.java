package org.scibureau.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.scibureau.bench.BenchRun;
import org.scibureau.bench.Goal;
import org.scibureau.bench.Latency;
import org.scibureau.bench.Measurement;
import org.scibureau.bench.Measurement.Spread;
import org.scibureau.bench.ScenarioResult;
import org.scibureau.bench.report.Table.Cell;
import org.scibureau.bench.report.Table.Column;

/**
 * The tables of measurements and goals, per scenario for the files and for the whole run on the console.
 */
final class Tables {

	private static final Column SCENARIO = Column.text("scenario");

	private static final List<Column> MEASUREMENT = List.of(Column.text("target"), Column.text("measurement"),
			Column.figure("ops"), Column.figure("errors"), Column.figure("ops/s"), Column.figure("p50 ms"),
			Column.figure("p90 ms"), Column.figure("p99 ms"), Column.figure("max ms"), Column.figure("runs"),
			Column.figure("ops/s range"), Column.figure("p99 range"));

	private static final List<Column> GOAL = List.of(Column.text("goal"), Column.figure("measured"),
			Column.figure("bound"), Column.text("result"));

	private Tables() {
	}

	/**
	 * The scenarios of a run that ran.
	 * @param run the run
	 * @return those not skipped, in order
	 */
	static Stream<ScenarioResult> ran(BenchRun run) {
		return run.scenarios().stream().filter((scenario) -> scenario.skipped() == null);
	}

	/**
	 * A scenario's measurements.
	 * @param scenario the scenario
	 * @return one row per measurement
	 */
	static Table measurements(ScenarioResult scenario) {
		return new Table(MEASUREMENT, scenario.measurements().stream().map(Tables::measurement).toList());
	}

	/**
	 * A scenario's goals.
	 * @param scenario the scenario
	 * @return one row per goal
	 */
	static Table goals(ScenarioResult scenario) {
		return new Table(GOAL, scenario.goals().stream().map(Tables::goal).toList());
	}

	/**
	 * The measurements of all scenarios that ran, each row named by its scenario.
	 * @param run the run
	 * @return one row per measurement
	 */
	static Table measurements(BenchRun run) {
		List<List<Cell>> rows = ran(run)
			.flatMap((scenario) -> scenario.measurements().stream().map((m) -> named(scenario, measurement(m))))
			.toList();
		return new Table(named(MEASUREMENT), rows);
	}

	/**
	 * The goals of all scenarios that ran, each row named by its scenario.
	 * @param run the run
	 * @return one row per goal
	 */
	static Table goals(BenchRun run) {
		List<List<Cell>> rows = ran(run)
			.flatMap((scenario) -> scenario.goals().stream().map((goal) -> named(scenario, goal(goal))))
			.toList();
		return new Table(named(GOAL), rows);
	}

	private static List<Cell> measurement(Measurement measurement) {
		Latency latency = measurement.latency();
		Spread spread = measurement.spread();
		return Stream
			.of(measurement.target(), measurement.name(), Formats.count(measurement.operations()),
					Formats.count(measurement.errors()), Formats.figure(measurement.throughput()),
					Formats.figure(latency.p50()), Formats.figure(latency.p90()), Formats.figure(latency.p99()),
					Formats.figure(latency.max()), Formats.count(spread.runs()),
					Formats.range(spread.runs(), spread.throughputLow(), spread.throughputHigh()),
					Formats.range(spread.runs(), spread.p99Low(), spread.p99High()))
			.map(Cell::of)
			.toList();
	}

	private static List<Cell> goal(Goal goal) {
		return List.of(Cell.of(goal.name()), Cell.of(Formats.withUnit(goal.value(), goal.unit())),
				Cell.of(Formats.bound(goal)), new Cell(Formats.verdict(goal), !goal.met()));
	}

	private static List<Column> named(List<Column> columns) {
		List<Column> named = new ArrayList<>(List.of(SCENARIO));
		named.addAll(columns);
		return named;
	}

	private static List<Cell> named(ScenarioResult scenario, List<Cell> cells) {
		List<Cell> named = new ArrayList<>(List.of(Cell.of(scenario.scenario())));
		named.addAll(cells);
		return named;
	}

}
