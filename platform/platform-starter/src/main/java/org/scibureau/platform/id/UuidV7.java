package org.scibureau.platform.id;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Generates RFC 9562 version 7 UUIDs: 48 bits of Unix milliseconds, then random bits, so ids sort by creation
 * time and keep B-tree inserts local.
 * <p>
 * Within one millisecond the 12-bit {@code rand_a} field counts up (RFC 9562 §6.2, method 1), so ids generated
 * by one instance are strictly increasing.
 */
public final class UuidV7 {

	private static final UuidV7 SHARED = new UuidV7(Clock.systemUTC());

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final ReentrantLock lock = new ReentrantLock();

	private long lastMillis = -1;

	private int sequence;

	UuidV7(Clock clock) {
		this.clock = clock;
	}

	/** A new version 7 UUID. */
	public static UUID next() {
		return SHARED.generate();
	}

	UUID generate() {
		long millis;
		int counter;
		this.lock.lock();
		try {
			millis = Math.max(this.clock.millis(), this.lastMillis);
			if (millis == this.lastMillis) {
				this.sequence++;
				if (this.sequence > 0xFFF) {
					millis = ++this.lastMillis;
					this.sequence = 0;
				}
			}
			else {
				this.lastMillis = millis;
				this.sequence = 0;
			}
			counter = this.sequence;
		}
		finally {
			this.lock.unlock();
		}
		long mostSignificant = (millis << 16) | 0x7000L | counter;
		long leastSignificant = (this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(mostSignificant, leastSignificant);
	}

}
