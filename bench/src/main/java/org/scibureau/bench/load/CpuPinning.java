package org.scibureau.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * CPU pinning with {@code taskset}, so that on a small machine the system under test does not share its CPU with
 * the load generator and the backends: the system under test (the gateway, or nginx in its place) gets CPU 0, and
 * everything else (hey, the bench's JVM with its backends and token issuer) the others. Each proxy is then measured
 * on one CPU of its own, as it would run in a one-CPU container; the direct calls skip the proxy and its CPU.
 */
public final class CpuPinning {

	private static final Path TASKSET = Path.of("/usr/bin/taskset");

	private static final Path STATUS = Path.of("/proc/self/status");

	private static final String ALLOWED = "Cpus_allowed_list:";

	private final String allowed;

	private final List<Integer> cpus;

	private CpuPinning(String allowed, List<Integer> cpus) {
		this.allowed = allowed;
		this.cpus = List.copyOf(cpus);
	}

	/**
	 * Pinning on this machine, if it has {@code taskset} and the bench may run on at least two CPUs.
	 * @return the pinning, or empty where it cannot pin
	 * @throws IOException if the CPUs the bench may use cannot be read
	 */
	public static Optional<CpuPinning> available() throws IOException {
		if (!Files.isExecutable(TASKSET) || !Files.isReadable(STATUS)) {
			return Optional.empty();
		}
		String allowed = Files.readAllLines(STATUS)
			.stream()
			.filter((line) -> line.startsWith(ALLOWED))
			.map((line) -> line.substring(ALLOWED.length()).strip())
			.findFirst()
			.orElse("");
		List<Integer> cpus = cpus(allowed);
		return (cpus.size() >= 2) ? Optional.of(new CpuPinning(allowed, cpus)) : Optional.empty();
	}

	/** The CPUs of a list such as {@code 0-3,6}, in order. */
	static List<Integer> cpus(String list) {
		List<Integer> cpus = new ArrayList<>();
		for (String range : list.split(",")) {
			if (range.isBlank()) {
				continue;
			}
			String[] ends = range.strip().split("-");
			int first = Integer.parseInt(ends[0]);
			int last = Integer.parseInt(ends[ends.length - 1]);
			for (int cpu = first; cpu <= last; cpu++) {
				cpus.add(cpu);
			}
		}
		return cpus;
	}

	/** The command prefix that runs a process of the system under test on the first CPU. */
	public List<String> systemUnderTest() {
		return List.of(TASKSET.toString(), "-c", Integer.toString(this.cpus.get(0)));
	}

	/** The command prefix that runs a load generator on the other CPUs. */
	public List<String> load() {
		return List.of(TASKSET.toString(), "-c", others());
	}

	/**
	 * Moves every thread of the bench's JVM (its backends, its token issuer) to the other CPUs; new threads inherit
	 * it.
	 * @throws IOException if taskset fails
	 */
	public void pinThisJvmAside() throws IOException {
		taskset(others());
	}

	/**
	 * Gives the bench's JVM back the CPUs it had.
	 * @throws IOException if taskset fails
	 */
	public void releaseThisJvm() throws IOException {
		taskset(this.allowed);
	}

	/** How it pins, for the report's notes. */
	public String describe() {
		return "CPU pinning (taskset): the gateway or nginx on CPU " + this.cpus.get(0)
				+ "; hey, the backends and the token issuer on CPU " + others() + "; the direct calls use no CPU "
				+ this.cpus.get(0);
	}

	private String others() {
		return this.cpus.subList(1, this.cpus.size())
			.stream()
			.map(String::valueOf)
			.collect(Collectors.joining(","));
	}

	private static void taskset(String cpuList) throws IOException {
		Process process = new ProcessBuilder(TASKSET.toString(), "-a", "-p", "-c", cpuList,
				Long.toString(ProcessHandle.current().pid()))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IOException("taskset could not pin the bench's JVM to CPU " + cpuList);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while pinning", ex);
		}
	}

}
