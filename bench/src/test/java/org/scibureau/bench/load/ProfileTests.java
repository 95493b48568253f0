package org.scibureau.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scibureau.bench.BenchContext;
import org.scibureau.bench.Mode;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileTests {

	@TempDir
	Path results;

	@Test
	void recordsAnApplicationWhileItWorksAndWritesItsFlameGraph() throws Exception {
		BenchContext context = new BenchContext(Mode.SMOKE, this.results, this.results.resolve("work"), true);
		// This test's own JVM is the application: busy in a method the graph must name, for a second of this thread's
		// CPU time (a second of wall time on a machine busy with other tests gave the sampler next to nothing).
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		try (Profile profile = Profile.start(context, "tests", ProcessHandle.current().pid())) {
			long until = threads.getCurrentThreadCpuTime() + 1_000_000_000L;
			while (threads.getCurrentThreadCpuTime() < until) {
				assertThat(busy()).isPositive();
			}
		}
		Path recording = this.results.resolve("profiles").resolve("tests.jfr");
		assertThat(sampledMethods(recording)).contains(ProfileTests.class.getName() + ".busy");
		// The graph's frame names are prefix-compressed (a name shares the start of the one sorted before it), so
		// the method's full name need not appear in the page; its own name does.
		assertThat(Files.readString(this.results.resolve("profiles").resolve("tests-cpu.html")))
			.contains("tests: CPU samples", "busy");
	}

	@Test
	void writesNothingWhenTheRunDoesNotProfile() throws Exception {
		BenchContext context = new BenchContext(Mode.SMOKE, this.results, this.results.resolve("work"));
		try (Profile profile = Profile.start(context, "tests", ProcessHandle.current().pid())) {
			assertThat(Profile.jvmOptions(context)).isEmpty();
		}
		assertThat(this.results.resolve("profiles")).doesNotExist();
	}

	@Test
	void asksForStacksDeepEnoughForReactivePipelines() {
		BenchContext context = new BenchContext(Mode.QUICK, this.results, this.results.resolve("work"), true);
		assertThat(Profile.jvmOptions(context)).containsExactly("-XX:FlightRecorderOptions:stackdepth=512");
	}

	/** Every method on the stacks of a recording's CPU samples, as {@code class.method}. */
	private static Set<String> sampledMethods(Path recording) throws IOException {
		Set<String> methods = new HashSet<>();
		for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
			if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
				event.getStackTrace()
					.getFrames()
					.forEach((frame) -> methods
						.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName()));
			}
		}
		return methods;
	}

	private static long busy() {
		return LongStream.range(0, 10_000).map((i) -> (i * 31) ^ (i >>> 3)).sum();
	}

}
