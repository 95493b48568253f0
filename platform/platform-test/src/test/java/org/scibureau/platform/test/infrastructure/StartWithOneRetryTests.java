package org.scibureau.platform.test.infrastructure;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StartWithOneRetryTests {

	@Test
	void returnsWhatTheSecondAttemptStartsWhenTheFirstFails() {
		AtomicInteger attempts = new AtomicInteger();

		String started = TestInfrastructure.startWithOneRetry("a server", () -> {
			if (attempts.incrementAndGet() == 1) {
				throw new IllegalStateException("port taken");
			}
			return "running";
		});

		assertThat(started).isEqualTo("running");
		assertThat(attempts).hasValue(2);
	}

	@Test
	void triesNoMoreThanTwiceAndReportsBothFailures() {
		AtomicInteger attempts = new AtomicInteger();

		assertThatIllegalStateException().isThrownBy(() -> TestInfrastructure.startWithOneRetry("a server", () -> {
			throw new IllegalStateException("attempt " + attempts.incrementAndGet());
		}))
			.withMessage("attempt 2")
			.satisfies((failure) -> assertThat(failure.getSuppressed()).singleElement()
				.extracting(Throwable::getMessage)
				.isEqualTo("attempt 1"));
		assertThat(attempts).hasValue(2);
	}

	@Test
	void startsOnceWhenTheFirstAttemptSucceeds() {
		AtomicInteger attempts = new AtomicInteger();

		assertThat(TestInfrastructure.startWithOneRetry("a server", attempts::incrementAndGet)).isEqualTo(1);
	}

}
