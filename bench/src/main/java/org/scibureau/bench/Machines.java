package org.scibureau.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.scibureau.bench.load.ServiceProcess;

/** Reads what a report records of the machine and the versions it ran. */
final class Machines {

	private Machines() {
	}

	static Machine detect(BenchContext context) {
		Map<String, String> versions = new LinkedHashMap<>();
		versions.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
		try (JarFile gateway = new JarFile(context.jar("gateway").toFile())) {
			String boot = gateway.getManifest().getMainAttributes().getValue("Spring-Boot-Version");
			if (boot != null) {
				versions.put("spring-boot", boot);
			}
		}
		catch (IOException ex) {
			versions.put("spring-boot", "unknown (no gateway jar)");
		}
		// Not a version, but as much a part of what ran: the options the measured applications' JVMs start with.
		versions.put("applications' JVM options", String.join(" ", ServiceProcess.jvmOptions(context.mode())));
		return new Machine(Runtime.getRuntime().availableProcessors(), memory(), proc("/proc/cpuinfo", "model name"),
				System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
						+ System.getProperty("os.arch"),
				System.getProperty("java.vendor") + " " + System.getProperty("java.version"),
				command(context.repository(), "git", "rev-parse", "--short", "HEAD"), versions);
	}

	private static long memory() {
		String total = proc("/proc/meminfo", "MemTotal");
		try {
			return Long.parseLong(total.replaceAll("[^0-9]", "")) * 1024;
		}
		catch (NumberFormatException ex) {
			return Runtime.getRuntime().maxMemory();
		}
	}

	/** The value of the first line of a /proc file that starts with the key, or "unknown". */
	private static String proc(String file, String key) {
		try {
			return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)
				.stream()
				.filter((line) -> line.startsWith(key))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/** The first line a command prints, or "unknown". */
	static String command(Path directory, String... command) {
		try {
			Process process = new ProcessBuilder(List.of(command)).directory(directory.toFile())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0 || output.isEmpty()) {
				return "unknown";
			}
			return output.lines().findFirst().orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

}
