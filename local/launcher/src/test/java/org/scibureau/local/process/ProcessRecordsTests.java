package org.scibureau.local.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessRecordsTests {

	@TempDir
	Path run;

	@Test
	void aRecordedProcessIsLiveWhileItRuns() {
		ProcessRecords records = new ProcessRecords(this.run);
		ProcessRecord.of("supervisor", ProcessHandle.current()).ifPresent(records::write);

		ProcessRecord record = records.read("supervisor").orElseThrow();

		assertThat(record.pid()).isEqualTo(ProcessHandle.current().pid());
		assertThat(record.live()).contains(ProcessHandle.current());
	}

	@Test
	void aProcessThatExitedIsNotLive() throws Exception {
		Process process = new ProcessBuilder(JavaRuntime.java().toString(), "-version").redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		ProcessRecord record = ProcessRecord.of("short-lived", process.toHandle()).orElseThrow();

		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

		assertThat(record.live()).isEmpty();
	}

	@Test
	void aReusedProcessIdIsNotTheRecordedProcess() {
		ProcessRecord record = new ProcessRecord("plan", ProcessHandle.current().pid(),
				Instant.now().minus(Duration.ofDays(3)));

		assertThat(record.live()).isEmpty();
	}

	@Test
	void listsAndDeletesRecords() {
		ProcessRecords records = new ProcessRecords(this.run);
		records.write(new ProcessRecord("plan", 101, Instant.parse("2026-11-25T10:00:00Z")));
		records.write(new ProcessRecord("gateway", 102, Instant.parse("2026-11-25T10:00:05Z")));

		records.delete("plan");

		assertThat(records.all()).containsExactly(new ProcessRecord("gateway", 102, Instant.parse("2026-11-25T10:00:05Z")));
		assertThat(records.read("plan")).isEmpty();
	}

	@Test
	void ignoresARecordCutShort() throws Exception {
		Files.writeString(this.run.resolve("kafka.pid"), "name=kafka\npid=12");

		assertThat(new ProcessRecords(this.run).read("kafka")).isEmpty();
		assertThat(new ProcessRecords(this.run).all()).isEmpty();
	}

	@Test
	void noDirectoryMeansNoRecords() {
		assertThat(new ProcessRecords(this.run.resolve("missing")).all()).isEmpty();
	}

}
