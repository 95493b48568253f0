package org.scibureau.local.infrastructure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.scibureau.local.process.JavaRuntime;
import org.scibureau.local.process.NewSession;
import org.scibureau.platform.test.infrastructure.KafkaProcess;

/**
 * The local platform's Kafka broker: one KRaft node (broker and controller) in its own JVM, on fixed ports, with a
 * persistent data directory. Its class path is the launcher's own, which holds {@code kafka_2.13} and
 * {@code kafka-tools}.
 */
public final class LocalKafka {

	/** The broker JVM's options: a small heap and the serial collector suit one developer's traffic. */
	static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-Xss512k", "-XX:+UseSerialGC",
			"-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true");

	private final KafkaProcess broker;

	private volatile @Nullable ProcessHandle process;

	private LocalKafka(KafkaProcess broker) {
		this.broker = broker;
	}

	/**
	 * Prepares the broker without starting it.
	 * @param port the client listener's port
	 * @param controllerPort the KRaft controller listener's port
	 * @param dataDirectory the broker's directory, kept across starts
	 * @param logFile where the broker's output goes
	 * @param java the {@code java} executable for the broker JVM
	 * @return the broker
	 */
	public static LocalKafka create(int port, int controllerPort, Path dataDirectory, Path logFile, Path java) {
		List<String> prefix = NewSession.prefix();
		KafkaProcess.Builder builder = KafkaProcess.builder()
			.port(port)
			.controllerPort(controllerPort)
			.dataDirectory(dataDirectory)
			.logFile(logFile)
			.startupTimeout(Duration.ofSeconds(90))
			.stopTimeout(Duration.ofSeconds(30))
			.classpath(JavaRuntime.absoluteClassPath());
		// Like every other child of the launcher, the broker runs in a session of its own where setsid exists.
		builder.commandPrefix(prefix).javaExecutable(java).jvmOptions(JVM_OPTIONS);
		return new LocalKafka(builder.build());
	}

	/**
	 * Starts the broker (formatting its storage on first use) and waits until a client reaches it.
	 */
	public void start() {
		Set<ProcessHandle> before = children();
		this.broker.start();
		// The broker is the one JVM child that was not there before ("ps" may truncate its long command line, so
		// its arguments cannot tell it).
		this.process = children().stream()
			.filter((child) -> !before.contains(child))
			.filter((child) -> child.info().command().map((command) -> command.endsWith("java")).orElse(false))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Stops the broker gracefully, killing it if it takes too long.
	 */
	public void stop() {
		this.broker.stop();
	}

	/**
	 * Kills the broker at once.
	 */
	public void kill() {
		this.broker.kill();
	}

	/**
	 * Whether the broker's JVM runs.
	 * @return {@code true} while it runs
	 */
	public boolean isRunning() {
		return this.broker.isRunning();
	}

	/**
	 * The value for a client's {@code bootstrap.servers}.
	 * @return {@code host:port}
	 */
	public String bootstrapServers() {
		return this.broker.bootstrapServers();
	}

	/**
	 * The broker JVM's process, for recording it.
	 * @return the process, empty if it is not running
	 */
	public Optional<ProcessHandle> process() {
		return Optional.ofNullable(this.process).filter(ProcessHandle::isAlive);
	}

	private static Set<ProcessHandle> children() {
		return ProcessHandle.current().children().collect(Collectors.toSet());
	}

}
