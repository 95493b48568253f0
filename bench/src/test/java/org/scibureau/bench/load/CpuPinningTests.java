package org.scibureau.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Pinning moves the bench's threads off CPU 0 and gives them back every CPU; processes are prefixed apart. */
class CpuPinningTests {

	@Test
	void pinsTheBenchAsideFromTheSystemUnderTestAndReleasesIt() throws Exception {
		Optional<CpuPinning> available = CpuPinning.available();
		assumeThat(available).as("taskset and at least two CPUs").isPresent();
		CpuPinning pinning = available.get();
		String everything = allowedCpus();
		try {
			pinning.pinThisJvmAside();
			assertThat(CpuPinning.cpus(allowedCpus())).isNotEmpty()
				.doesNotContain(Integer.valueOf(pinning.systemUnderTest().get(2)));
		}
		finally {
			pinning.releaseThisJvm();
		}
		assertThat(allowedCpus()).isEqualTo(everything);
		assertThat(pinning.systemUnderTest()).endsWith("-c", "0");
		assertThat(pinning.load()).doesNotContain(pinning.systemUnderTest().get(2));
	}

	@Test
	void readsTheKernelsListsOfCpus() {
		assertThat(CpuPinning.cpus("0-1")).containsExactly(0, 1);
		assertThat(CpuPinning.cpus("0,2-4,7")).containsExactly(0, 2, 3, 4, 7);
		assertThat(CpuPinning.cpus("3")).containsExactly(3);
	}

	private static String allowedCpus() throws Exception {
		return Files.readAllLines(Path.of("/proc/thread-self/status"))
			.stream()
			.filter((line) -> line.startsWith("Cpus_allowed_list:"))
			.findFirst()
			.orElseThrow()
			.substring("Cpus_allowed_list:".length())
			.strip();
	}

}
