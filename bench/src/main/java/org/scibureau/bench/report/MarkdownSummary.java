package org.scibureau.bench.report;

import org.scibureau.bench.BenchRun;
import org.scibureau.bench.ScenarioResult;

/**
 * The Markdown summary of a run: machine, versions, and per scenario its measurements, goals and notes.
 */
final class MarkdownSummary {

	private MarkdownSummary() {
	}

	/**
	 * Writes the summary.
	 * @param run the run
	 * @return the summary as Markdown
	 */
	static String of(BenchRun run) {
		StringBuilder markdown = new StringBuilder();
		markdown.append("# ").append(Formats.heading(run)).append("\n\n");
		markdown.append("Machine: ").append(Formats.machine(run.machine())).append(".\n\n");
		markdown.append("Versions: ").append(Formats.versions(run.machine())).append(".\n\n");
		run.scenarios().forEach((scenario) -> markdown.append(section(scenario)));
		return markdown.append(Totals.of(run).line()).append('\n').toString();
	}

	private static String section(ScenarioResult scenario) {
		StringBuilder markdown = new StringBuilder("## ").append(Formats.heading(scenario)).append("\n\n");
		if (scenario.skipped() != null) {
			return markdown.append("skipped: ").append(scenario.skipped()).append("\n\n").toString();
		}
		if (!scenario.measurements().isEmpty()) {
			markdown.append(Tables.measurements(scenario).markdown()).append('\n');
		}
		if (!scenario.goals().isEmpty()) {
			markdown.append(Tables.goals(scenario).markdown()).append('\n');
		}
		scenario.notes().forEach((note) -> markdown.append("- ").append(note.replaceAll("\\R", " ")).append('\n'));
		return scenario.notes().isEmpty() ? markdown.toString() : markdown.append('\n').toString();
	}

}
