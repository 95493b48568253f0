package org.scibureau.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.scibureau.bench.BenchRun;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports of a bench run: its raw data as JSON, a Markdown summary, an HTML page with charts, and the table
 * printed on the console at the end.
 */
public final class Reports {

	/** The file of a report's directory that holds the whole run as JSON. */
	public static final String RESULTS = "results.json";

	/** The file of a report's directory that summarises the run in Markdown. */
	public static final String SUMMARY = "summary.md";

	/** The file of a report's directory that shows the run with charts, self-contained. */
	public static final String PAGE = "report.html";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private Reports() {
	}

	/**
	 * Writes the reports of a run into a directory, creating it if need be: {@value #RESULTS}, {@value #SUMMARY} and
	 * {@value #PAGE}, each replacing what was there.
	 * @param run the run
	 * @param directory where to write them, such as {@code bench/results/<timestamp>}
	 * @throws IOException if a file cannot be written
	 */
	public static void write(BenchRun run, Path directory) throws IOException {
		Files.createDirectories(directory);
		Files.writeString(directory.resolve(RESULTS), JSON.writeValueAsString(run) + "\n");
		Files.writeString(directory.resolve(SUMMARY), MarkdownSummary.of(run));
		Files.writeString(directory.resolve(PAGE), HtmlReport.of(run));
	}

	/**
	 * Reads back the run that {@link #write(BenchRun, Path)} wrote into a directory.
	 * @param directory the directory holding {@value #RESULTS}
	 * @return the run
	 * @throws IOException if the file cannot be read
	 * @throws tools.jackson.core.JacksonException if it does not hold a run
	 */
	public static BenchRun read(Path directory) throws IOException {
		return JSON.readValue(Files.readString(directory.resolve(RESULTS)), BenchRun.class);
	}

	/**
	 * The table printed on the console at the end of a run: a line per measurement, then a line per goal, in aligned
	 * columns, followed by the scenarios skipped and the goals met.
	 * @param run the run
	 * @return the table, lines ending with a newline
	 */
	public static String summaryTable(BenchRun run) {
		StringBuilder table = new StringBuilder(Tables.measurements(run).text()).append('\n');
		table.append(Tables.goals(run).text()).append('\n');
		run.scenarios()
			.stream()
			.filter((scenario) -> scenario.skipped() != null)
			.forEach((scenario) -> table.append("skipped ")
				.append(scenario.scenario())
				.append(": ")
				.append(scenario.skipped())
				.append('\n'));
		return table.append(Totals.of(run).line()).append('\n').toString();
	}

}
