package org.scibureau.local.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * The supervisor's writable side of {@link PlatformState}: every change rewrites the file atomically, so a reader
 * never sees half a state.
 */
final class StateFile {

	static final String COMPONENT_PREFIX = "component.";

	private final Path file;

	private final Properties properties = new Properties();

	StateFile(Path file) {
		this.file = file;
	}

	synchronized void set(String key, String value) {
		this.properties.setProperty(key, value);
		save();
	}

	synchronized void phase(PlatformState.Phase phase) {
		set("phase", phase.name().toLowerCase(Locale.ROOT));
	}

	synchronized void seeding(PlatformState.Seeding seeding) {
		set("seeding", seeding.name().toLowerCase(Locale.ROOT));
	}

	synchronized void component(String name, String state) {
		set(COMPONENT_PREFIX + name, state);
	}

	synchronized void reset() {
		this.properties.clear();
	}

	/** Reloads what an earlier writer left, for a writer that continues it. */
	synchronized void load() {
		if (!Files.isRegularFile(this.file)) {
			return;
		}
		try (Reader reader = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
			this.properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + this.file, ex);
		}
	}

	private void save() {
		try {
			Path directory = this.file.toAbsolutePath().getParent();
			Files.createDirectories(directory);
			Path temporary = Files.createTempFile(directory, "state", ".tmp");
			try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				this.properties.store(writer, "State of the local platform, written by its supervisor");
			}
			Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + this.file, ex);
		}
	}

}
