package org.scibureau.local.process;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The processes the launcher started, one file per process ({@code <name>.pid}) in the platform's {@code run}
 * directory, so that {@code down} and the next {@code up} can find processes a killed launcher left behind.
 */
public final class ProcessRecords {

	private static final String SUFFIX = ".pid";

	private final Path directory;

	/**
	 * Records kept in a directory.
	 * @param directory the directory, created on first write
	 */
	public ProcessRecords(Path directory) {
		this.directory = directory;
	}

	/**
	 * Writes a record, replacing any earlier one of the same name.
	 * @param record the record
	 */
	public void write(ProcessRecord record) {
		Properties properties = new Properties();
		properties.setProperty("name", record.name());
		properties.setProperty("pid", Long.toString(record.pid()));
		properties.setProperty("startedAt", record.startedAt().toString());
		try {
			Files.createDirectories(this.directory);
			Path temporary = Files.createTempFile(this.directory, record.name(), ".tmp");
			try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				properties.store(writer, null);
			}
			Files.move(temporary, file(record.name()), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not record process " + record.name() + " in " + this.directory, ex);
		}
	}

	/**
	 * The record of a name.
	 * @param name the component
	 * @return the record, empty if there is none or it cannot be read
	 */
	public Optional<ProcessRecord> read(String name) {
		return read(file(name));
	}

	/**
	 * Every record, in no particular order.
	 * @return the records that can be read
	 */
	public List<ProcessRecord> all() {
		if (!Files.isDirectory(this.directory)) {
			return List.of();
		}
		List<ProcessRecord> records = new ArrayList<>();
		try (Stream<Path> files = Files.list(this.directory)) {
			files.filter((file) -> file.getFileName().toString().endsWith(SUFFIX))
				.forEach((file) -> read(file).ifPresent(records::add));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list " + this.directory, ex);
		}
		return records;
	}

	/**
	 * Removes the record of a name, if there is one.
	 * @param name the component
	 */
	public void delete(String name) {
		try {
			Files.deleteIfExists(file(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the record of " + name, ex);
		}
	}

	private Path file(String name) {
		return this.directory.resolve(name + SUFFIX);
	}

	private static Optional<ProcessRecord> read(Path file) {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
			String name = properties.getProperty("name");
			String pid = properties.getProperty("pid");
			String startedAt = properties.getProperty("startedAt");
			if (name == null || pid == null || startedAt == null) {
				return Optional.empty();
			}
			return Optional.of(new ProcessRecord(name, Long.parseLong(pid), Instant.parse(startedAt)));
		}
		catch (IOException | NumberFormatException | DateTimeParseException ex) {
			// A record cut short by a crash names no process we could safely signal.
			return Optional.empty();
		}
	}

}
