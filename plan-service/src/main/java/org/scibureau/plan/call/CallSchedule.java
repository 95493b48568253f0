package org.scibureau.plan.call;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;


import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.plan.call.domain.CallStatus;
import org.scibureau.platform.scheduling.PeriodicRun;

/**
 * Opens scheduled calls and closes open ones when their instants come, with no officer involved.
 * <p>
 * The schedule lives in the database, so nothing is lost across restarts: a call whose instants passed while the
 * service was down is opened (and, if due, closed) on the next run, in that order, each step with its event. Each
 * run locks the due calls with {@code FOR UPDATE SKIP LOCKED}, so when several instances run, each call's step is
 * taken exactly once. Submissions do not depend on the schedule's promptness: a call accepts them only before its
 * closing instant, even while the schedule has yet to close it.
 */
@Component
class CallSchedule {

	static final String ACTOR = "call-schedule";

	private final Calls calls;

	private final CallService service;

	private final TransactionalOperator transactions;

	private final Clock clock;

	private final Settings settings;

	CallSchedule(Calls calls, CallService service, TransactionalOperator transactions, Clock clock, Settings settings) {
		this.calls = calls;
		this.service = service;
		this.transactions = transactions;
		this.clock = clock;
		this.settings = settings;
	}

	/** Runs the schedule every {@code interval} while the service runs. */
	@Bean
	PeriodicRun callScheduleRun() {
		return new PeriodicRun("Call schedule", this.settings.interval(), this::runOnce);
	}

	/**
	 * Takes every step that is due now: opens the calls due to open, then closes the calls due to close.
	 * @return how many steps were taken
	 */
	Mono<Long> runOnce() {
		Instant now = this.clock.instant();
		return step(CallStatus.SCHEDULED, now).concatWith(step(CallStatus.OPEN, now)).reduce(0L, Long::sum);
	}

	/** Takes the due steps from {@code status}, batch by batch, each batch in its own transaction. */
	private Flux<Long> step(CallStatus status, Instant now) {
		int batch = this.settings.batchSize();
		Mono<Long> oneBatch = this.transactions.transactional(this.calls.lockDue(status, now, batch)
			.concatMap((call) -> (status == CallStatus.SCHEDULED) ? this.service.open(call, ACTOR)
					: this.service.close(call, ACTOR))
			.count());
		return oneBatch.repeat().takeUntil((taken) -> taken < batch);
	}

	/**
	 * Settings of the call schedule.
	 *
	 * @param interval how often due calls are looked for (the delay between a call's instant and its step is at
	 * most about this)
	 * @param batchSize how many calls one transaction steps at most
	 */
	@ConfigurationProperties("scibureau.plan.call-schedule")
	record Settings(@DefaultValue("5s") Duration interval, @DefaultValue("100") int batchSize) {

		Settings {
			if (interval.isNegative() || interval.isZero() || batchSize < 1) {
				throw new IllegalArgumentException("The call schedule needs a positive interval and batch size");
			}
		}

	}

}
