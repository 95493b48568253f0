package org.scibureau.local.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The last lines of a log file, read from its end so that a large log costs no more than a small one.
 */
public final class LogTail {

	private static final int MAX_BYTES = 64 * 1024;

	private LogTail() {
	}

	/**
	 * Reads the last lines of a file.
	 * @param file the file
	 * @param lines how many lines at most
	 * @return the lines, oldest first; empty if the file does not exist or cannot be read
	 */
	public static List<String> lastLines(Path file, int lines) {
		if (!Files.isRegularFile(file) || lines <= 0) {
			return List.of();
		}
		try (RandomAccessFile input = new RandomAccessFile(file.toFile(), "r")) {
			long length = input.length();
			int size = (int) Math.min(length, MAX_BYTES);
			byte[] bytes = new byte[size];
			input.seek(length - size);
			input.readFully(bytes);
			List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
			// The first line may start in the middle of a line when the window did not reach the file's start.
			int from = Math.max((size < length) ? 1 : 0, all.size() - lines);
			return List.copyOf(all.subList(Math.min(from, all.size()), all.size()));
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
