package org.scibureau.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scibureau.bench.BenchRun;

import static org.assertj.core.api.Assertions.assertThat;

class ReportsTests {

	private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\"'\\s)>]*");

	private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

	@TempDir
	Path results;

	@Test
	void writesTheRawDataTheSummaryAndThePageIntoANewDirectory() throws IOException {
		Path directory = this.results.resolve("2025-06-01T10-15-30");

		Reports.write(BenchRunFixture.sample(), directory);

		assertThat(directory.resolve("results.json")).isNotEmptyFile();
		assertThat(directory.resolve("summary.md")).isNotEmptyFile();
		assertThat(directory.resolve("report.html")).isNotEmptyFile();
	}

	@Test
	void readsBackTheRunItWrote() throws IOException {
		BenchRun run = BenchRunFixture.sample();

		Reports.write(run, this.results);

		assertThat(Reports.read(this.results)).isEqualTo(run);
	}

	@Test
	void writesTheRawDataAsIndentedJsonWithDatesAsText() throws IOException {
		Reports.write(BenchRunFixture.sample(), this.results);

		String json = Files.readString(this.results.resolve("results.json"));
		assertThat(json).contains("\"startedAt\" : \"2025-06-01T10:15:30.123456789Z\"")
			.contains("\n  \"mode\" : \"quick\"")
			.contains("\"skipped\" : \"no nginx on this machine\"");
	}

	@Test
	void summarisesEachScenarioInMarkdown() throws IOException {
		Reports.write(BenchRunFixture.sample(), this.results);

		String markdown = Files.readString(this.results.resolve("summary.md"));
		assertThat(markdown).startsWith("# scibureau bench, 2025-06-01 10:15:30 UTC, quick\n")
			.contains("Machine: 2 cores, 8.0 GiB, Intel Xeon E5, Linux 6.1, JDK 25.0.1, commit b5e65b7.")
			.contains("Versions: PostgreSQL 17.7, Spring Boot 4.0.9.")
			.contains("## gateway-hop: The gateway against direct calls")
			.contains("| target | measurement | ops | errors | ops/s | p50 ms | p90 ms | p99 ms | max ms |")
			.contains("| direct | saturation | 12,000 | 0 | 4,000 | 1.2 | 2.35 | 3.46 | 12.5 |")
			.contains("| gateway | saturation | 6,000 | 3 | 2,000 | 2.5 | 4 | 9.88 | 40.2 |")
			.contains("| gateway/direct throughput | 0.5× | ≥ 0.35× | met |")
			.contains("| p99 added by the gateway | 6.42 ms | ≤ 1.5 ms | **not met** |")
			.contains("- client pinned to core 1\n")
			.contains("## nginx-reference: nginx as the reference proxy\n\nskipped: no nginx on this machine\n")
			.endsWith("Goals met 1 of 2; scenarios skipped: 1.\n");
	}

	@Test
	void drawsALatencyAndAThroughputChartForTheScenarioThatRan() throws IOException {
		Reports.write(BenchRunFixture.sample(), this.results);

		String html = Files.readString(this.results.resolve("report.html"));
		assertThat(html).containsOnlyOnce("<title>Latency percentiles per measurement, in ms</title>")
			.containsOnlyOnce("<title>Throughput in each second of the run, in operations per second</title>")
			.contains("<td>p99 added by the gateway</td>")
			.contains("<strong>not met</strong>")
			.contains("skipped: no nginx on this machine")
			.contains("Goals met 1 of 2; scenarios skipped: 1.");
		assertThat(Pattern.compile("<svg ").matcher(html).results().count()).isEqualTo(2);
	}

	@Test
	void escapesTheTextItShowsInThePage() throws IOException {
		Reports.write(BenchRunFixture.sample(), this.results);

		String html = Files.readString(this.results.resolve("report.html"));
		assertThat(html).doesNotContain("<script")
			.contains("<li>&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; stays text</li>");
	}

	@Test
	void refersToNothingOutsideThePage() throws IOException {
		Reports.write(BenchRunFixture.sample(), this.results);

		String html = Files.readString(this.results.resolve("report.html"));
		List<String> addresses = WEB_ADDRESS.matcher(html).results().map((match) -> match.group()).toList();
		assertThat(addresses).isNotEmpty().allMatch(SVG_NAMESPACE::equals);
		assertThat(html).doesNotContain(" src=", " href=", "@import", "url(");
	}

	@Test
	void printsALinePerMeasurementAndPerGoalInAlignedColumns() {
		String table = Reports.summaryTable(BenchRunFixture.sample());

		List<String> lines = table.lines().toList();
		assertThat(lines).containsExactly(
				"scenario     target   measurement     ops  errors  ops/s  p50 ms  p90 ms  p99 ms  max ms  runs  ops/s range  p99 range",
				"gateway-hop  direct   saturation   12,000       0  4,000     1.2    2.35    3.46    12.5     1            –          –",
				"gateway-hop  gateway  saturation    6,000       3  2,000     2.5       4    9.88    40.2     3  1,870–2,040   9.2–11.1",
				"",
				"scenario     goal                       measured     bound  result",
				"gateway-hop  gateway/direct throughput      0.5×   ≥ 0.35×  met",
				"gateway-hop  p99 added by the gateway    6.42 ms  ≤ 1.5 ms  not met",
				"",
				"skipped nginx-reference: no nginx on this machine",
				"Goals met 1 of 2; scenarios skipped: 1.");
	}

}
