package org.scibureau.funding.allocation;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import org.scibureau.platform.scheduling.PeriodicRun;

/**
 * Releases, every {@code scibureau.funding.sanction-expiry.interval} (15 minutes by default), the freezes of
 * sanctions whose last day has passed: talent-service publishes nothing when a sanction simply runs out.
 */
@Configuration(proxyBeanMethods = false)
class SanctionExpiry {

	private static final int BATCH = 100;

	private final Freezes freezes;

	private final TransactionalOperator transactions;

	private final Clock clock;

	private final Duration interval;

	SanctionExpiry(Freezes freezes, TransactionalOperator transactions, Clock clock,
			@Value("${scibureau.funding.sanction-expiry.interval:15m}") Duration interval) {
		this.freezes = freezes;
		this.transactions = transactions;
		this.clock = clock;
		this.interval = interval;
	}

	@Bean
	PeriodicRun sanctionExpiryRun() {
		return new PeriodicRun("Sanction expiry", this.interval, this::runOnce);
	}

	Mono<Long> runOnce() {
		return this.transactions
			.transactional(Mono.defer(() -> this.freezes.releaseExpired(this.clock.instant(), BATCH)));
	}

}
