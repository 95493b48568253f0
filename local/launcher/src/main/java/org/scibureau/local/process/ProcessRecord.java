package org.scibureau.local.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A child process as the launcher recorded it: its id and start time, so that a later run can tell the very same
 * process from one that reuses the id.
 *
 * @param name the component the process runs, e.g. {@code plan}
 * @param pid the operating system's process id
 * @param startedAt when the process started, as the operating system reports it
 */
public record ProcessRecord(String name, long pid, Instant startedAt) {

	// The operating system reports start times in clock ticks; two readings of one process can differ slightly.
	private static final Duration START_TIME_TOLERANCE = Duration.ofSeconds(2);

	/**
	 * Records a running process.
	 * @param name the component it runs
	 * @param process the process
	 * @return the record, empty if the process has ended or reports no start time
	 */
	public static Optional<ProcessRecord> of(String name, ProcessHandle process) {
		return process.info().startInstant().map((startedAt) -> new ProcessRecord(name, process.pid(), startedAt));
	}

	/**
	 * The recorded process, if it is still alive: the same id and the same start time.
	 * @return its handle, empty once it has ended
	 */
	public Optional<ProcessHandle> live() {
		return ProcessHandle.of(this.pid).filter(ProcessHandle::isAlive).filter(this::startedWithThisRecord);
	}

	private boolean startedWithThisRecord(ProcessHandle process) {
		return process.info()
			.startInstant()
			.map((instant) -> Duration.between(instant, this.startedAt).abs().compareTo(START_TIME_TOLERANCE) <= 0)
			.orElse(false);
	}

}
