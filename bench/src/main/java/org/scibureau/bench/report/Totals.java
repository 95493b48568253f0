package org.scibureau.bench.report;

import org.scibureau.bench.BenchRun;
import org.scibureau.bench.Goal;

/**
 * How many goals a run met, of those its scenarios measured, and how many scenarios it skipped.
 *
 * @param met the goals met
 * @param goals the goals of the scenarios that ran
 * @param skipped the scenarios that did not run
 */
record Totals(long met, long goals, long skipped) {

	static Totals of(BenchRun run) {
		long skipped = run.scenarios().stream().filter((scenario) -> scenario.skipped() != null).count();
		long goals = Tables.ran(run).mapToLong((scenario) -> scenario.goals().size()).sum();
		long met = Tables.ran(run).flatMap((scenario) -> scenario.goals().stream()).filter(Goal::met).count();
		return new Totals(met, goals, skipped);
	}

	/** The totals line that ends each report. */
	String line() {
		String line = "Goals met " + this.met + " of " + this.goals;
		return (this.skipped == 0) ? line + "." : line + "; scenarios skipped: " + this.skipped + ".";
	}

}
