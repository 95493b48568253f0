package org.scibureau.local.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LogTailTests {

	@TempDir
	Path directory;

	@Test
	void returnsTheLastLinesOldestFirst() throws Exception {
		Path log = this.directory.resolve("plan.log");
		Files.writeString(log, "one\ntwo\nthree\nfour\n");

		assertThat(LogTail.lastLines(log, 2)).containsExactly("three", "four");
	}

	@Test
	void aLongLogIsReadFromItsEndWithoutAHalfLine() throws Exception {
		Path log = this.directory.resolve("kafka.log");
		Files.writeString(log, IntStream.range(0, 20_000).mapToObj((i) -> "line " + i).collect(Collectors.joining("\n")));

		List<String> tail = LogTail.lastLines(log, 3);

		assertThat(tail).containsExactly("line 19997", "line 19998", "line 19999");
	}

	@Test
	void aMissingLogHasNoLines() {
		assertThat(LogTail.lastLines(this.directory.resolve("none.log"), 10)).isEmpty();
	}

}
