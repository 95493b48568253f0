package org.scibureau.bench.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.scibureau.bench.BenchRun;
import org.scibureau.bench.Goal;
import org.scibureau.bench.Machine;
import org.scibureau.bench.Measurement;
import org.scibureau.bench.ScenarioResult;

/**
 * How every part of the report writes figures, bounds, dates and names, so that all of them agree.
 */
final class Formats {

	/** Written for a figure that is not a number, such as a ratio to a reference that measured nothing. */
	private static final String NO_FIGURE = "–";

	private static final MathContext SIGNIFICANT = new MathContext(3);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private static final double GIB = 1024.0 * 1024 * 1024;

	private Formats() {
	}

	/**
	 * A figure to three significant digits, as a whole number with thousands separated from 1,000 on.
	 * @param value the figure
	 * @return e.g. {@code 0.0123}, {@code 1.5}, {@code 12.3}, {@code 4,000}
	 */
	static String figure(double value) {
		if (!Double.isFinite(value)) {
			return NO_FIGURE;
		}
		if (Math.abs(value) >= 1000) {
			return String.format(Locale.ROOT, "%,.0f", value);
		}
		return BigDecimal.valueOf(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
	}

	/**
	 * The range of a figure over runs.
	 * @param runs how many runs there were
	 * @param low the lowest figure
	 * @param high the highest
	 * @return e.g. {@code 7,100–7,400}, or {@value #NO_FIGURE} for a single run
	 */
	static String range(int runs, double low, double high) {
		return (runs < 2) ? NO_FIGURE : figure(low) + "–" + figure(high);
	}

	/**
	 * A count with thousands separated.
	 * @param count the count
	 * @return e.g. {@code 12,000}
	 */
	static String count(long count) {
		return String.format(Locale.ROOT, "%,d", count);
	}

	/**
	 * A figure with its unit: a symbol such as {@code ×} follows it directly, a word such as {@code ms} after a space.
	 * @param value the figure
	 * @param unit its unit, possibly empty
	 * @return e.g. {@code 0.42×} or {@code 1.5 ms}
	 */
	static String withUnit(double value, String unit) {
		String figure = figure(value);
		if (unit.isEmpty() || figure.equals(NO_FIGURE)) {
			return figure;
		}
		return Character.isLetter(unit.codePointAt(0)) ? figure + " " + unit : figure + unit;
	}

	/**
	 * The bound of a goal with its direction.
	 * @param goal the goal
	 * @return e.g. {@code ≥ 0.35×} or {@code ≤ 1.5 ms}
	 */
	static String bound(Goal goal) {
		return (goal.atLeast() ? "≥ " : "≤ ") + withUnit(goal.bound(), goal.unit());
	}

	/**
	 * Whether a goal is met, as the tables write it.
	 * @param goal the goal
	 * @return {@code met} or {@code not met}
	 */
	static String verdict(Goal goal) {
		return goal.met() ? "met" : "not met";
	}

	/**
	 * The heading of a report.
	 * @param run the run
	 * @return e.g. {@code scibureau bench, 2025-06-01 10:00:00 UTC, quick}
	 */
	static String heading(BenchRun run) {
		return "scibureau bench, " + DATE.format(run.startedAt()) + ", " + run.mode();
	}

	/**
	 * The heading of a scenario's section.
	 * @param scenario the scenario
	 * @return its name and title
	 */
	static String heading(ScenarioResult scenario) {
		return scenario.scenario() + ": " + scenario.title();
	}

	/**
	 * The machine a run measured on.
	 * @param machine the machine
	 * @return its cores, memory, CPU, OS, JDK and commit
	 */
	static String machine(Machine machine) {
		return String.format(Locale.ROOT, "%d cores, %.1f GiB, %s, %s, JDK %s, commit %s", machine.cores(),
				machine.memoryBytes() / GIB, machine.cpu(), machine.os(), machine.jdk(), machine.commit());
	}

	/**
	 * The versions of what ran, by name.
	 * @param machine the machine
	 * @return e.g. {@code Kafka 4.1.0, PostgreSQL 17.7}, or {@code none recorded}
	 */
	static String versions(Machine machine) {
		if (machine.versions().isEmpty()) {
			return "none recorded";
		}
		return machine.versions()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((version) -> version.getKey() + " " + version.getValue())
			.collect(Collectors.joining(", "));
	}

	/**
	 * The name of a measurement in charts and legends.
	 * @param measurement the measurement
	 * @return its target and name, e.g. {@code gateway · saturation}
	 */
	static String label(Measurement measurement) {
		return measurement.target() + " · " + measurement.name();
	}

}
