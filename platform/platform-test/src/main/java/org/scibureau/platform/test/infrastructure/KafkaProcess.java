package org.scibureau.platform.test.infrastructure;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.jspecify.annotations.Nullable;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker and controller in one node), run as a separate JVM.
 * <p>
 * The broker runs {@code <this JVM's java> <jvm options> -cp <classpath> kafka.Kafka server.properties} (through
 * {@link KafkaBrokerMain}), after formatting its data directory once with {@code kafka.tools.StorageTool format} and
 * a random cluster id (static {@code controller.quorum.voters}, no {@code --standalone}). Its client listener port
 * is fixed when the instance is built (a free one unless configured), so a stopped broker restarts on the same port
 * with the data it had. The broker JVM exits when this JVM exits: a shutdown hook stops it, and the broker itself
 * watches this JVM's process and exits if it disappears without running its hooks.
 * <p>
 * This class has no test-framework dependency; the local launcher uses it at runtime.
 *
 * <pre>{@code
 * KafkaProcess kafka = KafkaProcess.builder().port(19092).dataDirectory(Path.of("var/kafka")).build();
 * kafka.start();
 * String bootstrapServers = kafka.bootstrapServers();
 * kafka.stop();
 * }</pre>
 */
public final class KafkaProcess implements KafkaServer, AutoCloseable {

	/** JVM options used when none are configured. */
	public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError",
			"-XX:+UseSerialGC", "-Djava.awt.headless=true");

	private static final String LOGBACK_CONFIGURATION = "org/scibureau/platform/test/infrastructure/kafka-logback.xml";

	private static final String LOG4J2_CONFIGURATION = "org/scibureau/platform/test/infrastructure/kafka-log4j2.xml";

	private static final int LOG_EXCERPT_LINES = 25;

	/** How a line written by the broker's logging starts (see kafka-logback.xml); other lines continue an entry. */
	private static final Pattern LOG_LINE_START = Pattern.compile("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} ");

	private static final int LOG_EXCERPT_BYTES = 256 * 1024;

	private final String host;

	private final int port;

	private final int controllerPort;

	private final Path dataDirectory;

	private final boolean temporaryDataDirectory;

	private final Path logFile;

	private final List<String> jvmOptions;

	private final List<String> commandPrefix;

	private final String classpath;

	private final Path javaExecutable;

	private final Duration startupTimeout;

	private final Duration stopTimeout;

	private final Map<String, String> brokerProperties;

	private @Nullable Process process;

	private KafkaProcess(Builder builder) throws IOException {
		this.host = builder.host;
		this.port = (builder.port != 0) ? builder.port : FreePort.find();
		this.controllerPort = (builder.controllerPort != 0) ? builder.controllerPort : FreePort.find();
		this.temporaryDataDirectory = builder.dataDirectory == null;
		this.dataDirectory = (builder.dataDirectory != null) ? builder.dataDirectory.toAbsolutePath()
				: Files.createTempDirectory("scibureau-kafka-");
		this.logFile = (builder.logFile != null) ? builder.logFile.toAbsolutePath()
				: this.dataDirectory.resolve("kafka.log");
		this.jvmOptions = List.copyOf(builder.jvmOptions);
		this.commandPrefix = List.copyOf(builder.commandPrefix);
		this.classpath = builder.classpath;
		this.javaExecutable = builder.javaExecutable;
		this.startupTimeout = builder.startupTimeout;
		this.stopTimeout = builder.stopTimeout;
		this.brokerProperties = Map.copyOf(builder.brokerProperties);
		Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "kafka-process-shutdown-" + this.port));
	}

	/**
	 * Starts configuring a broker.
	 * @return a builder with defaults: free ports, a temporary data directory, {@link #DEFAULT_JVM_OPTIONS} and this
	 * JVM's class path
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Starts the broker, formatting its data directory first if it has never been formatted, and returns once a
	 * client can reach it. Does nothing if the broker is already running.
	 * @throws IllegalStateException if the broker does not come up within the startup timeout or exits early
	 */
	public synchronized void start() {
		if (isRunning()) {
			return;
		}
		try {
			Files.createDirectories(dataDirectory);
			Path serverProperties = writeServerProperties();
			List<String> arguments = new ArrayList<>(List.of(KafkaBrokerMain.class.getName(),
					Long.toString(ProcessHandle.current().pid()), serverProperties.toString()));
			if (!isFormatted()) {
				arguments.add(Uuid.randomUuid().toString());
			}
			Process started = launch(arguments);
			this.process = started;
			awaitReady(started);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start Kafka in " + dataDirectory, ex);
		}
	}

	/**
	 * Stops the broker gracefully (SIGTERM, a controlled shutdown that flushes its logs) and waits for its JVM to
	 * exit, killing it if it has not exited within the stop timeout. Does nothing if the broker is not running.
	 */
	public synchronized void stop() {
		Process running = this.process;
		if (running == null) {
			return;
		}
		running.destroy();
		if (!awaitExit(running, stopTimeout)) {
			running.destroyForcibly();
			awaitExit(running, stopTimeout);
		}
		this.process = null;
	}

	/**
	 * Kills the broker's JVM at once (SIGKILL), as a crash would, and waits for it to be gone. Data already written
	 * to the operating system survives and is recovered on the next {@link #start()}.
	 */
	public synchronized void kill() {
		Process running = this.process;
		if (running == null) {
			return;
		}
		running.destroyForcibly();
		awaitExit(running, stopTimeout);
		this.process = null;
	}

	/**
	 * Whether the broker's JVM is alive; it may still be starting or stopping.
	 * @return {@code true} while the process runs
	 */
	public synchronized boolean isRunning() {
		return process != null && process.isAlive();
	}

	/** Stops the broker, as {@link #stop()} does. */
	@Override
	public void close() {
		stop();
	}

	@Override
	public String bootstrapServers() {
		return host + ":" + port;
	}

	/**
	 * The client listener's port, fixed for the life of this instance.
	 * @return the port of {@link #bootstrapServers()}
	 */
	public int port() {
		return port;
	}

	/**
	 * The KRaft controller listener's port.
	 * @return the controller port
	 */
	public int controllerPort() {
		return controllerPort;
	}

	/**
	 * The directory holding the configuration, metadata and log segments; it survives {@link #stop()}.
	 * @return the data directory
	 */
	public Path dataDirectory() {
		return dataDirectory;
	}

	/**
	 * The file the broker's console output and logs are appended to.
	 * @return the log file
	 */
	public Path logFile() {
		return logFile;
	}

	@Override
	public String toString() {
		return "KafkaProcess[" + bootstrapServers() + ", dataDirectory=" + dataDirectory + "]";
	}

	private Path writeServerProperties() throws IOException {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("process.roles", "broker,controller");
		properties.put("node.id", "1");
		properties.put("controller.quorum.voters", "1@" + host + ":" + controllerPort);
		properties.put("listeners",
				"PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
		properties.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
		properties.put("controller.listener.names", "CONTROLLER");
		properties.put("inter.broker.listener.name", "PLAINTEXT");
		properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		properties.put("log.dirs", kraftDirectory().toString());
		// A single node can hold one replica only: every internal topic and every default must say so.
		properties.put("offsets.topic.replication.factor", "1");
		properties.put("offsets.topic.num.partitions", "10");
		properties.put("transaction.state.log.replication.factor", "1");
		properties.put("transaction.state.log.min.isr", "1");
		properties.put("transaction.state.log.num.partitions", "10");
		properties.put("share.coordinator.state.topic.replication.factor", "1");
		properties.put("share.coordinator.state.topic.min.isr", "1");
		properties.put("default.replication.factor", "1");
		properties.put("min.insync.replicas", "1");
		properties.put("auto.create.topics.enable", "true");
		properties.put("num.partitions", "3");
		properties.put("group.initial.rebalance.delay.ms", "0");
		// The broker is unfenced on its first heartbeat after catching up; the default 2 s interval delays every start.
		properties.put("broker.heartbeat.interval.ms", "500");
		properties.putAll(brokerProperties);
		Path file = dataDirectory.resolve("server.properties");
		StringBuilder content = new StringBuilder("# Written by ").append(KafkaProcess.class.getName()).append('\n');
		properties.forEach((key, value) -> content.append(key).append('=').append(value).append('\n'));
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private Path kraftDirectory() {
		return dataDirectory.resolve("kraft-logs");
	}

	private boolean isFormatted() {
		return Files.isRegularFile(kraftDirectory().resolve("meta.properties"));
	}

	private Process launch(List<String> mainAndArguments) throws IOException {
		List<String> command = new ArrayList<>(commandPrefix);
		command.add(javaExecutable.toString());
		command.addAll(jvmOptions);
		command.add("-Dlogback.configurationFile=" + LOGBACK_CONFIGURATION);
		command.add("-Dlog4j2.configurationFile=" + LOG4J2_CONFIGURATION);
		command.add("-Dkafka.logs.dir=" + dataDirectory);
		command.add("-cp");
		command.add(classpath);
		command.addAll(mainAndArguments);
		Files.createDirectories(Objects.requireNonNull(logFile.getParent()));
		return new ProcessBuilder(command).directory(dataDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
			.redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
			.start();
	}

	private static File nullDevice() {
		return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
	}

	private void awaitReady(Process started) {
		Instant deadline = Instant.now().plus(startupTimeout);
		awaitListening(started, deadline);
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				AdminClientConfig.CLIENT_ID_CONFIG, "kafka-process-readiness");
		Admin admin = Admin.create(config);
		try {
			long remaining = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
			CompletableFuture<String> clusterId = admin
				.describeCluster(new DescribeClusterOptions().timeoutMs((int) remaining))
				.clusterId()
				.toCompletionStage()
				.toCompletableFuture();
			// Whichever comes first: a client gets an answer, or the broker's JVM dies.
			CompletableFuture.anyOf(clusterId, started.onExit()).get(remaining, TimeUnit.MILLISECONDS);
			if (!clusterId.isDone()) {
				throw exitedWhileStarting(started);
			}
			clusterId.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			kill();
			throw new IllegalStateException("Interrupted while waiting for Kafka to start", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			kill();
			throw new IllegalStateException("Kafka did not become ready at " + bootstrapServers() + " within "
					+ startupTimeout + logExcerpt(), ex);
		}
		finally {
			// Without a zero timeout, close() waits for a pending describeCluster call to time out.
			admin.close(Duration.ZERO);
		}
	}

	/**
	 * Waits until the client listener accepts TCP connections, so that the readiness client does not log a warning
	 * for every refused connection while the broker JVM boots. Between attempts it waits for the process to exit,
	 * which also notices a broker that died (a taken port, a bad configuration) at once.
	 */
	private void awaitListening(Process started, Instant deadline) {
		while (!accepts(host, port)) {
			Duration remaining = Duration.between(Instant.now(), deadline);
			if (remaining.isNegative()) {
				kill();
				throw new IllegalStateException("Kafka did not listen on " + bootstrapServers() + " within "
						+ startupTimeout + logExcerpt());
			}
			try {
				started.onExit().get(Math.min(100, remaining.toMillis() + 1), TimeUnit.MILLISECONDS);
				throw exitedWhileStarting(started);
			}
			catch (TimeoutException ex) {
				// Still running and not yet listening: try again.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				kill();
				throw new IllegalStateException("Interrupted while waiting for Kafka to start", ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	private IllegalStateException exitedWhileStarting(Process started) {
		String state = started.isAlive() ? "is running but unreachable" : "exited with code " + started.exitValue();
		kill();
		return new IllegalStateException("Kafka " + state + " while starting" + logExcerpt());
	}

	/**
	 * What the broker logged about its failure, for the failure message: a temporary data directory, log included,
	 * is gone once this JVM exits, and a build log often keeps only the first lines of a failure. Its errors when it
	 * logged any (a shutting-down broker's last lines say nothing about why), else its last lines.
	 */
	private String logExcerpt() {
		StringBuilder excerpt = new StringBuilder("; from ").append(logFile).append(':');
		try (SeekableByteChannel log = Files.newByteChannel(logFile)) {
			// Only the tail is read: a kept data directory's log grows across restarts.
			ByteBuffer tail = ByteBuffer.allocate((int) Math.min(log.size(), LOG_EXCERPT_BYTES));
			log.position(log.size() - tail.capacity());
			while (tail.hasRemaining() && log.read(tail) >= 0) {
				// Read until the buffer is full.
			}
			List<String> lines = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8).lines().toList();
			List<String> errors = errorsWithTheirExceptions(lines);
			List<String> shown = errors.isEmpty() ? lines : errors;
			shown.subList(Math.max(0, shown.size() - LOG_EXCERPT_LINES), shown.size())
				.forEach((line) -> excerpt.append(System.lineSeparator()).append("    ").append(line));
		}
		catch (IOException | UncheckedIOException ex) {
			excerpt.append(" (unreadable: ").append(ex.getMessage()).append(')');
		}
		return excerpt.toString();
	}

	/** Each ERROR line with the exception messages under it ({@code Caused by: ...}), without stack frames. */
	private static List<String> errorsWithTheirExceptions(List<String> lines) {
		List<String> errors = new ArrayList<>();
		boolean inError = false;
		for (String line : lines) {
			if (LOG_LINE_START.matcher(line).lookingAt()) {
				inError = line.contains(" ERROR ");
				if (inError) {
					errors.add(line);
				}
			}
			else if (inError && !line.isBlank() && !line.stripLeading().startsWith("at ")
					&& !line.stripLeading().startsWith("...")) {
				errors.add(line);
			}
		}
		return errors;
	}

	private static boolean accepts(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean awaitExit(Process process, Duration timeout) {
		try {
			return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}

	private void shutdown() {
		Process running;
		synchronized (this) {
			running = this.process;
		}
		if (running != null && running.isAlive()) {
			// A temporary broker's data is thrown away, so there is nothing to flush: kill it and exit quickly.
			if (temporaryDataDirectory) {
				running.destroyForcibly();
			}
			else {
				running.destroy();
			}
			if (!awaitExit(running, stopTimeout)) {
				running.destroyForcibly();
				awaitExit(running, stopTimeout);
			}
		}
		if (temporaryDataDirectory) {
			deleteRecursively(dataDirectory);
		}
	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// Best effort at JVM exit: a leftover temporary directory is harmless.
		}
	}

	/**
	 * Configures a {@link KafkaProcess}.
	 */
	public static final class Builder {

		private String host = "127.0.0.1";

		private int port;

		private int controllerPort;

		private @Nullable Path dataDirectory;

		private @Nullable Path logFile;

		private List<String> jvmOptions = DEFAULT_JVM_OPTIONS;

		private List<String> commandPrefix = List.of();

		private String classpath = System.getProperty("java.class.path");

		private Path javaExecutable = Path.of(System.getProperty("java.home"), "bin", "java");

		private Duration startupTimeout = Duration.ofSeconds(60);

		private Duration stopTimeout = Duration.ofSeconds(30);

		private final Map<String, String> brokerProperties = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * The address both listeners bind to and the broker advertises.
		 * @param host defaults to {@code 127.0.0.1}
		 * @return this builder
		 */
		/**
		 * Words put before the java executable, e.g. {@code [/usr/bin/setsid]} to start the broker in a session of
		 * its own; none by default.
		 * @param commandPrefix the words
		 * @return this builder
		 */
		public Builder commandPrefix(List<String> commandPrefix) {
			this.commandPrefix = List.copyOf(commandPrefix);
			return this;
		}

		public Builder host(String host) {
			this.host = host;
			return this;
		}

		/**
		 * The client listener's port.
		 * @param port a port, or {@code 0} (the default) for a free port chosen once and kept across restarts
		 * @return this builder
		 */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/**
		 * The KRaft controller listener's port.
		 * @param controllerPort a port, or {@code 0} (the default) for a free port chosen once
		 * @return this builder
		 */
		public Builder controllerPort(int controllerPort) {
			this.controllerPort = controllerPort;
			return this;
		}

		/**
		 * The directory for configuration, metadata and log segments, kept across restarts and JVMs.
		 * @param dataDirectory the directory; without one a temporary directory is used and deleted at JVM exit
		 * @return this builder
		 */
		public Builder dataDirectory(Path dataDirectory) {
			this.dataDirectory = dataDirectory;
			return this;
		}

		/**
		 * The file the broker's output is appended to.
		 * @param logFile defaults to {@code kafka.log} in the data directory
		 * @return this builder
		 */
		public Builder logFile(Path logFile) {
			this.logFile = logFile;
			return this;
		}

		/**
		 * The broker JVM's options, replacing the defaults.
		 * @param jvmOptions for example {@code -Xmx512m}; defaults to {@link KafkaProcess#DEFAULT_JVM_OPTIONS}
		 * @return this builder
		 */
		public Builder jvmOptions(List<String> jvmOptions) {
			this.jvmOptions = List.copyOf(jvmOptions);
			return this;
		}

		/**
		 * The broker JVM's class path. It must hold {@code kafka_2.13}, {@code kafka-tools} and this library.
		 * @param classpath defaults to this JVM's {@code java.class.path} (a manifest-only jar works too)
		 * @return this builder
		 */
		public Builder classpath(String classpath) {
			this.classpath = classpath;
			return this;
		}

		/**
		 * The {@code java} executable for the broker JVM.
		 * @param javaExecutable defaults to the one running this JVM
		 * @return this builder
		 */
		public Builder javaExecutable(Path javaExecutable) {
			this.javaExecutable = javaExecutable;
			return this;
		}

		/**
		 * How long {@link KafkaProcess#start()} waits for storage formatting and for the broker to accept clients.
		 * @param startupTimeout defaults to 60 seconds
		 * @return this builder
		 */
		public Builder startupTimeout(Duration startupTimeout) {
			this.startupTimeout = startupTimeout;
			return this;
		}

		/**
		 * How long {@link KafkaProcess#stop()} waits for a graceful exit before killing the broker.
		 * @param stopTimeout defaults to 30 seconds
		 * @return this builder
		 */
		public Builder stopTimeout(Duration stopTimeout) {
			this.stopTimeout = stopTimeout;
			return this;
		}

		/**
		 * Sets a {@code server.properties} entry, overriding this class's default for the same key.
		 * @param key the broker configuration key
		 * @param value its value
		 * @return this builder
		 */
		public Builder brokerProperty(String key, String value) {
			this.brokerProperties.put(key, value);
			return this;
		}

		/**
		 * Creates the broker without starting it; ports and the data directory are fixed from now on.
		 * @return the broker, registered to stop when this JVM exits
		 */
		public KafkaProcess build() {
			try {
				return new KafkaProcess(this);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not create a Kafka data directory", ex);
			}
		}

	}

}
