package org.scibureau.local.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies what a background supervisor writes to its log onto this terminal, as it comes.
 */
final class LogFollower {

	private final Path file;

	private final PrintStream out;

	private long offset;

	LogFollower(Path file, PrintStream out, long offset) {
		this.file = file;
		this.out = out;
		this.offset = offset;
	}

	/**
	 * A follower that skips what the log holds now.
	 * @param file the log
	 * @param out where to copy to
	 * @return the follower
	 */
	static LogFollower fromEnd(Path file, PrintStream out) {
		long size = 0;
		try {
			size = Files.isRegularFile(file) ? Files.size(file) : 0;
		}
		catch (IOException ex) {
			// An unreadable log is followed from its start.
		}
		return new LogFollower(file, out, size);
	}

	/**
	 * Copies whatever complete lines were appended since the last call.
	 */
	void copyNewLines() {
		if (!Files.isRegularFile(this.file)) {
			return;
		}
		try (RandomAccessFile input = new RandomAccessFile(this.file.toFile(), "r")) {
			long length = input.length();
			if (length < this.offset) {
				this.offset = 0;
			}
			if (length == this.offset) {
				return;
			}
			byte[] bytes = new byte[(int) Math.min(length - this.offset, 1 << 20)];
			input.seek(this.offset);
			input.readFully(bytes);
			int end = lastLineEnd(bytes);
			if (end > 0) {
				this.out.print(new String(bytes, 0, end, StandardCharsets.UTF_8));
				this.out.flush();
				this.offset += end;
			}
		}
		catch (IOException ex) {
			// The next call tries again.
		}
	}

	private static int lastLineEnd(byte[] bytes) {
		for (int i = bytes.length - 1; i >= 0; i--) {
			if (bytes[i] == '\n') {
				return i + 1;
			}
		}
		return 0;
	}

}
