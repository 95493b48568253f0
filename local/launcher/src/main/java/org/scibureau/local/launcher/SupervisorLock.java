package org.scibureau.local.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The lock a supervisor holds for its whole life, so that two {@code up} commands never run one platform twice.
 * The operating system releases it when the supervisor's process ends, however it ends.
 */
final class SupervisorLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private SupervisorLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock if no other process holds it.
	 * @param file the lock file
	 * @return the lock, empty if another process holds it
	 */
	static Optional<SupervisorLock> tryAcquire(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				return Optional.empty();
			}
			return Optional.of(new SupervisorLock(channel, lock));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not lock " + file, ex);
		}
	}

	/**
	 * Whether a supervisor holds the lock right now.
	 * @param file the lock file
	 * @return {@code true} if another process holds it
	 */
	static boolean isHeld(Path file) {
		Optional<SupervisorLock> lock = tryAcquire(file);
		lock.ifPresent(SupervisorLock::close);
		return lock.isEmpty();
	}

	@Override
	public void close() {
		try {
			this.lock.release();
			this.channel.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not release the supervisor lock", ex);
		}
	}

}
