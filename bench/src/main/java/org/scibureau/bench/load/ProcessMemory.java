package org.scibureau.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * How much memory a process costs, from Linux's {@code /proc/<pid>/smaps_rollup}: its proportional set size (PSS),
 * where each page shared with other processes counts for its share, so that the PSS of several processes adds up to
 * what they use together.
 */
public final class ProcessMemory {

	private ProcessMemory() {
	}

	/**
	 * The proportional set size of a process.
	 * @param pid the process
	 * @return its PSS in bytes
	 * @throws IOException if the process is gone, or this is not Linux 4.14 or newer
	 */
	public static long pss(long pid) throws IOException {
		Path rollup = Path.of("/proc", Long.toString(pid), "smaps_rollup");
		try {
			for (String line : Files.readAllLines(rollup)) {
				if (line.startsWith("Pss:")) {
					return Long.parseLong(line.substring("Pss:".length()).replace("kB", "").strip()) * 1024;
				}
			}
		}
		catch (NoSuchFileException ex) {
			throw new IOException("No " + rollup + ": the process is gone, or this is no Linux 4.14+", ex);
		}
		throw new IOException("No Pss in " + rollup);
	}

}
