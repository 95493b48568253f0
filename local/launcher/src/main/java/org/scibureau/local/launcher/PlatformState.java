package org.scibureau.local.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * What the supervisor last recorded about the platform in {@code run/state.properties}: the phase of the whole,
 * each component's state, and whether demo seeding finished.
 *
 * @param phase where the platform is in its life
 * @param supervisorPid the supervisor's process id, if one recorded this state
 * @param detached whether the supervisor runs in the background
 * @param demo whether demo data was asked for
 * @param seeding where demo seeding is
 * @param seedingSummary what seeding did, once it finished
 * @param components each component's last recorded state, in start order
 * @param startedAt when the supervisor began
 * @param readyAt when the platform became ready
 * @param failure why the platform failed, if it did
 */
public record PlatformState(Phase phase, @Nullable Long supervisorPid, boolean detached, boolean demo,
		Seeding seeding, @Nullable String seedingSummary, Map<String, String> components, @Nullable Instant startedAt,
		@Nullable Instant readyAt, @Nullable String failure) {

	static final PlatformState NONE = new PlatformState(Phase.NOT_STARTED, null, false, false, Seeding.NOT_REQUESTED,
			null, Map.of(), null, null, null);

	public PlatformState {
		components = Map.copyOf(components);
	}

	/**
	 * Reads the state file.
	 * @param file the file
	 * @return the recorded state, {@link Phase#NOT_STARTED} if there is none
	 */
	public static PlatformState read(Path file) {
		if (!Files.isRegularFile(file)) {
			return NONE;
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			return NONE;
		}
		Map<String, String> components = new LinkedHashMap<>();
		properties.stringPropertyNames()
			.stream()
			.filter((key) -> key.startsWith(StateFile.COMPONENT_PREFIX))
			.sorted()
			.forEach((key) -> components.put(key.substring(StateFile.COMPONENT_PREFIX.length()), properties.getProperty(key)));
		return new PlatformState(parse(Phase.class, properties.getProperty("phase"), Phase.NOT_STARTED),
				number(properties.getProperty("supervisorPid")), Boolean.parseBoolean(properties.getProperty("detached")),
				Boolean.parseBoolean(properties.getProperty("demo")),
				parse(Seeding.class, properties.getProperty("seeding"), Seeding.NOT_REQUESTED),
				properties.getProperty("seedingSummary"), components, instant(properties.getProperty("startedAt")),
				instant(properties.getProperty("readyAt")), properties.getProperty("failure"));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, E fallback) {
		if (value == null) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return fallback;
		}
	}

	private static @Nullable Long number(@Nullable String value) {
		try {
			return (value != null) ? Long.valueOf(value) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable Instant instant(@Nullable String value) {
		try {
			return (value != null) ? Instant.parse(value) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * The platform's phases.
	 */
	public enum Phase {

		/** No supervisor has recorded anything. */
		NOT_STARTED,

		/** Components are starting. */
		STARTING,

		/** Every service is ready, seeding (if asked for) finished, and the gateway is UP. */
		READY,

		/** It was ready, then a component exited. */
		DEGRADED,

		/** Components are stopping. */
		STOPPING,

		/** Everything stopped. */
		STOPPED,

		/** Starting failed; everything was stopped again. */
		FAILED

	}

	/**
	 * Where demo seeding is.
	 */
	public enum Seeding {

		/** The platform was started without {@code --demo}. */
		NOT_REQUESTED,

		/** Seeding waits for the platform. */
		PENDING,

		/** Seeding is under way. */
		RUNNING,

		/** Seeding finished: the demo data is there. */
		FINISHED,

		/** Seeding failed. */
		FAILED

	}

}
