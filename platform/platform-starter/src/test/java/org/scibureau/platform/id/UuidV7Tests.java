package org.scibureau.platform.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class UuidV7Tests {

	private static final long NOW = Instant.parse("2026-05-04T03:02:01.123Z").toEpochMilli();

	@Test
	void isAVersion7UuidOfTheRfcVariant() {
		UUID id = UuidV7.next();

		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
	}

	@Test
	void startsWithTheUnixMillisecondsOfItsCreation() {
		UUID id = new UuidV7(Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC)).generate();

		assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOW);
	}

	@Test
	void increasesStrictlyWithinOneMillisecond() {
		UuidV7 generator = new UuidV7(Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));

		List<UUID> ids = generate(generator, 1000);

		assertThat(ids).isSortedAccordingTo(UuidV7Tests::compareUnsigned).doesNotHaveDuplicates();
		assertThat(ids).allSatisfy((id) -> assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOW));
	}

	@Test
	void borrowsTheNextMillisecondWhenTheCounterOverflows() {
		UuidV7 generator = new UuidV7(Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));

		List<UUID> ids = generate(generator, 0x1000 + 10);

		assertThat(ids).isSortedAccordingTo(UuidV7Tests::compareUnsigned).doesNotHaveDuplicates();
		assertThat(ids.getLast().getMostSignificantBits() >>> 16).isEqualTo(NOW + 1);
		assertThat(ids).allSatisfy((id) -> assertThat(id.version()).isEqualTo(7));
	}

	@Test
	void keepsIncreasingWhenTheClockGoesBackwards() {
		AtomicLong millis = new AtomicLong(NOW);
		Clock clock = new Clock() {
			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return Instant.ofEpochMilli(millis.get());
			}
		};
		UuidV7 generator = new UuidV7(clock);

		UUID before = generator.generate();
		millis.set(NOW - 5_000);
		UUID after = generator.generate();

		assertThat(compareUnsigned(after, before)).isPositive();
	}

	@Test
	void sortsByCreationAcrossManyIds() {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			ids.add(UuidV7.next());
		}

		assertThat(ids).isSortedAccordingTo(UuidV7Tests::compareUnsigned).doesNotHaveDuplicates();
	}

	private static List<UUID> generate(UuidV7 generator, int count) {
		List<UUID> ids = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ids.add(generator.generate());
		}
		return ids;
	}

	/** The byte order PostgreSQL and RFC 9562 sort by; {@link UUID#compareTo} compares signed halves. */
	private static int compareUnsigned(UUID left, UUID right) {
		int high = Long.compareUnsigned(left.getMostSignificantBits(), right.getMostSignificantBits());
		return (high != 0) ? high : Long.compareUnsigned(left.getLeastSignificantBits(), right.getLeastSignificantBits());
	}

}
