package org.scibureau.platform.test.infrastructure;

import kafka.tools.StorageTool;

/**
 * Entry point of the broker JVM that {@link KafkaProcess} launches: formats the storage if asked to, runs
 * {@code kafka.Kafka}, and exits when the launching JVM is gone.
 * <p>
 * Formatting here, with {@code kafka.tools.StorageTool format}, rather than in a JVM of its own saves a JVM start on
 * a broker's first start. A shutdown hook in the launching JVM stops the broker on a normal exit, but a launching JVM
 * that is killed runs no hooks; watching its process keeps an orphaned broker from holding its port and memory.
 */
public final class KafkaBrokerMain {

	private KafkaBrokerMain() {
	}

	/**
	 * Runs the broker.
	 * @param arguments the launching JVM's process id, the path of {@code server.properties}, and optionally a
	 * cluster id to format the (unformatted) storage with first
	 */
	public static void main(String[] arguments) {
		if (arguments.length < 2 || arguments.length > 3) {
			System.err.println("Usage: KafkaBrokerMain <parent pid> <server.properties> [<cluster id to format with>]");
			System.exit(2);
		}
		watchParent(Long.parseLong(arguments[0]));
		String serverProperties = arguments[1];
		if (arguments.length == 3) {
			format(serverProperties, arguments[2]);
		}
		kafka.Kafka.main(new String[] { serverProperties });
	}

	private static void watchParent(long parentPid) {
		ProcessHandle.of(parentPid)
			.ifPresentOrElse((parent) -> parent.onExit().thenRun(KafkaBrokerMain::parentExited),
					KafkaBrokerMain::parentExited);
	}

	private static void format(String serverProperties, String clusterId) {
		int exitCode;
		try {
			exitCode = StorageTool.execute(new String[] { "format", "-t", clusterId, "-c", serverProperties },
					System.out);
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
			exitCode = 1;
		}
		if (exitCode != 0) {
			System.err.println("Formatting Kafka storage failed");
			System.exit(exitCode);
		}
	}

	private static void parentExited() {
		System.err.println("Launching JVM exited; stopping Kafka");
		// exit runs Kafka's own shutdown hook, which shuts the broker down in a controlled way.
		System.exit(0);
	}

}
