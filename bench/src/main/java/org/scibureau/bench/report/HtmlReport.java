package org.scibureau.bench.report;

import java.util.List;

import org.scibureau.bench.BenchRun;
import org.scibureau.bench.Measurement;
import org.scibureau.bench.ScenarioResult;

/**
 * The HTML report of a run: one self-contained page with the summary's tables and inline SVG charts, as the machine
 * that opens it may have no internet.
 */
final class HtmlReport {

	private static final String STYLE = """
			body { font: 14px/1.45 system-ui, sans-serif; color: #222; max-width: 62rem; margin: 2rem auto; \
			padding: 0 1rem; }
			h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2.2rem; }
			table { border-collapse: collapse; margin: 0.8rem 0; }
			th, td { padding: 0.2rem 0.6rem; border-bottom: 1px solid #ddd; text-align: left; }
			th.figure, td.figure { text-align: right; font-variant-numeric: tabular-nums; }
			td strong { color: #b00020; }
			.machine, .versions, .skipped { color: #555; }
			.totals { font-weight: bold; margin-top: 2rem; }
			figure { margin: 1rem 0; } figcaption { color: #555; font-size: 0.9rem; }
			svg { max-width: 100%; height: auto; }
			""";

	private HtmlReport() {
	}

	/**
	 * Writes the page.
	 * @param run the run
	 * @return the page as HTML
	 */
	static String of(BenchRun run) {
		String heading = Formats.heading(run);
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
		html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
		html.append("<title>").append(Html.escape(heading)).append("</title>\n");
		html.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
		html.append("<h1>").append(Html.escape(heading)).append("</h1>\n");
		html.append(paragraph("machine", "Machine: " + Formats.machine(run.machine()) + "."));
		html.append(paragraph("versions", "Versions: " + Formats.versions(run.machine()) + "."));
		run.scenarios().forEach((scenario) -> html.append(section(scenario)));
		html.append(paragraph("totals", Totals.of(run).line()));
		return html.append("</body>\n</html>\n").toString();
	}

	private static String section(ScenarioResult scenario) {
		String heading = "<h2>" + Html.escape(Formats.heading(scenario)) + "</h2>\n";
		String body = (scenario.skipped() != null) ? paragraph("skipped", "skipped: " + scenario.skipped())
				: results(scenario);
		return "<section>\n" + heading + body + "</section>\n";
	}

	private static String results(ScenarioResult scenario) {
		StringBuilder html = new StringBuilder();
		if (!scenario.measurements().isEmpty()) {
			html.append(Tables.measurements(scenario).html()).append(charts(scenario.measurements()));
		}
		if (!scenario.goals().isEmpty()) {
			html.append(Tables.goals(scenario).html());
		}
		return html.append(notes(scenario.notes())).toString();
	}

	private static String charts(List<Measurement> measurements) {
		StringBuilder html = new StringBuilder();
		if (measurements.stream().anyMatch((measurement) -> measurement.latency().count() > 0)) {
			html.append(figure(LatencyChart.of(measurements), "Latency percentiles per measurement"));
		}
		if (measurements.stream().anyMatch((measurement) -> !measurement.perSecond().isEmpty())) {
			html.append(figure(ThroughputChart.of(measurements), "Operations completed in each second"));
		}
		return html.toString();
	}

	private static String notes(List<String> notes) {
		if (notes.isEmpty()) {
			return "";
		}
		StringBuilder html = new StringBuilder("<ul class=\"notes\">\n");
		notes.forEach((note) -> html.append("<li>").append(Html.escape(note)).append("</li>\n"));
		return html.append("</ul>\n").toString();
	}

	private static String figure(String svg, String caption) {
		return "<figure>\n" + svg + "<figcaption>" + Html.escape(caption) + "</figcaption>\n</figure>\n";
	}

	private static String paragraph(String kind, String text) {
		return "<p class=\"" + kind + "\">" + Html.escape(text) + "</p>\n";
	}

}
