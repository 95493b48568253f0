package org.scibureau.platform.test.infrastructure;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one PostgreSQL server and the one Kafka broker of this JVM, shared by all its tests.
 * <p>
 * Each is started on first use and stopped when the JVM exits. They run in containers when a Docker engine answers
 * and embedded otherwise (zonky's PostgreSQL binaries, a {@link KafkaProcess}); the system property or environment
 * variable {@value #MODE_PROPERTY} ({@code embedded} or {@code containers}) forces one. Tests only see
 * {@link PostgresServer} and {@link KafkaServer} and cannot tell which they got.
 * <p>
 * A test that stops its broker (outage and recovery) must not stop the shared one: it takes its own from
 * {@link #newStoppableKafka()}.
 */
public final class TestInfrastructure {

	/** System property, or (upper-cased, dots as underscores) environment variable, that forces the mode. */
	public static final String MODE_PROPERTY = "scibureau.test.infrastructure";

	/**
	 * JVM options of the brokers started here: a small heap suits test traffic, and compiling with C1 only starts
	 * the broker noticeably faster on a busy two-core machine.
	 */
	static final List<String> TEST_BROKER_JVM_OPTIONS = List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
			"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");

	private static final Logger logger = LoggerFactory.getLogger(TestInfrastructure.class);

	private static final Lazy<Mode> mode = new Lazy<>(TestInfrastructure::decideMode);

	private static final Lazy<PostgresServer> postgres = new Lazy<>(TestInfrastructure::startPostgres);

	private static final Lazy<KafkaServer> kafka = new Lazy<>(TestInfrastructure::startKafka);

	private TestInfrastructure() {
	}

	/**
	 * Where this JVM's shared infrastructure runs, decided once.
	 * @return the mode
	 */
	public static Mode mode() {
		return mode.get();
	}

	/**
	 * The shared PostgreSQL server, started on first call.
	 * @return the running server
	 */
	public static PostgresServer postgres() {
		return postgres.get();
	}

	/**
	 * A database of the shared server with its owning role; shorthand for {@code postgres().database(name)}.
	 * @param name the database and role name, for example {@code plan}
	 * @return the database
	 */
	public static Database database(String name) {
		return postgres().database(name);
	}

	/**
	 * The shared Kafka broker, started on first call. Never stop it; see {@link #newStoppableKafka()}.
	 * @return the running broker
	 */
	public static KafkaServer kafka() {
		return kafka.get();
	}

	/**
	 * Starts a broker of the calling test's own, which it may stop, kill and restart on the same port with its data.
	 * It runs as a separate JVM in every mode, in a temporary directory, and is killed when this JVM exits.
	 * @return the running broker
	 */
	public static KafkaProcess newStoppableKafka() {
		return startWithOneRetry("a stoppable Kafka broker", TestInfrastructure::startEmbeddedKafka);
	}

	/**
	 * Starts the shared PostgreSQL server on a background thread, so that it starts while other work goes on; a
	 * failure surfaces at the next {@link #postgres()}.
	 */
	public static void startPostgresInBackground() {
		postgres.startInBackground("postgres-start");
	}

	/**
	 * Starts the shared Kafka broker on a background thread; a failure surfaces at the next {@link #kafka()}.
	 */
	public static void startKafkaInBackground() {
		kafka.startInBackground("kafka-start");
	}

	private static Mode decideMode() {
		String forced = System.getProperty(MODE_PROPERTY,
				System.getenv(MODE_PROPERTY.toUpperCase(Locale.ROOT).replace('.', '_')));
		Mode decided;
		if (forced != null && !forced.isBlank()) {
			decided = Mode.valueOf(forced.trim().toUpperCase(Locale.ROOT));
			if (decided == Mode.CONTAINERS && !DockerProbe.dockerAnswers()) {
				throw new IllegalStateException(MODE_PROPERTY + "=containers, but no Docker engine answers");
			}
		}
		else {
			decided = DockerProbe.dockerAnswers() ? Mode.CONTAINERS : Mode.EMBEDDED;
		}
		logger.info("Test infrastructure runs {}", decided.name().toLowerCase(Locale.ROOT));
		return decided;
	}

	private static PostgresServer startPostgres() {
		long started = System.nanoTime();
		PostgresServer server = switch (mode()) {
			case CONTAINERS -> ContainerPostgresServer.start();
			case EMBEDDED -> startWithOneRetry("embedded PostgreSQL", () -> EmbeddedPostgresServer.builder()
				// Test data is disposable: durability settings only cost time.
				.serverConfig("fsync", "off")
				.serverConfig("synchronous_commit", "off")
				.serverConfig("full_page_writes", "off")
				.start());
		};
		logger.info("Started {} in {} ms", server, (System.nanoTime() - started) / 1_000_000);
		return server;
	}

	private static KafkaServer startKafka() {
		long started = System.nanoTime();
		KafkaServer server = switch (mode()) {
			case CONTAINERS -> ContainerKafkaServer.start();
			case EMBEDDED -> startWithOneRetry("the embedded Kafka broker", TestInfrastructure::startEmbeddedKafka);
		};
		logger.info("Started {} in {} ms", server, (System.nanoTime() - started) / 1_000_000);
		return server;
	}

	private static KafkaProcess startEmbeddedKafka() {
		KafkaProcess broker = KafkaProcess.builder().jvmOptions(TEST_BROKER_JVM_OPTIONS).build();
		broker.start();
		return broker;
	}

	/**
	 * Starts an embedded server, and once more if that fails: the second attempt gets fresh ports and directories,
	 * which is what a port taken between its choice and its binding, or a start slowed past its timeout by a busy
	 * machine, needs. A second failure is reported with the first attached.
	 */
	static <T> T startWithOneRetry(String what, Supplier<T> start) {
		try {
			return start.get();
		}
		catch (RuntimeException first) {
			logger.warn("Starting {} failed; trying once more", what, first);
			try {
				return start.get();
			}
			catch (RuntimeException second) {
				second.addSuppressed(first);
				throw second;
			}
		}
	}

	/**
	 * Where the shared infrastructure runs.
	 */
	public enum Mode {

		/** Real PostgreSQL binaries and a Kafka broker JVM, as child processes of this JVM. */
		EMBEDDED,

		/** Testcontainers-managed containers on a Docker engine. */
		CONTAINERS

	}

	/**
	 * A value computed once on first use; a failure is remembered and rethrown, so that every later test fails with
	 * the original cause instead of retrying a slow start.
	 */
	private static final class Lazy<T> {

		private final Supplier<T> supplier;

		private @Nullable T value;

		private @Nullable RuntimeException failure;

		Lazy(Supplier<T> supplier) {
			this.supplier = supplier;
		}

		void startInBackground(String threadName) {
			Thread thread = new Thread(() -> {
				try {
					get();
				}
				catch (RuntimeException ex) {
					// Remembered by get(); rethrown to the first caller that needs the value.
				}
			}, threadName);
			thread.setDaemon(true);
			thread.start();
		}

		synchronized T get() {
			if (failure != null) {
				throw new IllegalStateException("Starting failed earlier in this JVM", failure);
			}
			if (value == null) {
				try {
					value = supplier.get();
				}
				catch (RuntimeException ex) {
					failure = ex;
					throw ex;
				}
			}
			return value;
		}

	}

}
