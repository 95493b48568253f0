package org.scibureau.platform.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the outbox relay.
 *
 * @param enabled whether this instance runs a relay at all (one instance per service holds the lock)
 * @param wakeUp how the relay learns of new rows: {@code NOTIFY} (PostgreSQL LISTEN/NOTIFY, with polling at
 * {@code pollInterval} as a safety net) or {@code POLL} (polling only)
 * @param pollInterval how often the relay looks for unpublished rows when nothing woke it
 * @param batchSize the most rows published per round trip
 * @param retryBackoff the first pause after a failed publication (a broker outage); doubles up to
 * {@code maxRetryBackoff}
 * @param maxRetryBackoff the longest pause between attempts to publish while the broker is unavailable
 * @param leaderRetryInterval how often a standby instance tries to take the relay's lock
 * @param sendTimeout how long one publication may take before it counts as failed
 * @param retention how long published rows are kept (for audit and replay) before they are purged
 * @param monitorInterval how often the backlog and the age of the oldest unpublished row are measured
 */
@ConfigurationProperties("scibureau.outbox")
@Validated
public record OutboxProperties(@DefaultValue("true") boolean enabled, @DefaultValue("NOTIFY") @NotNull WakeUp wakeUp,
		@DefaultValue("500ms") @NotNull Duration pollInterval, @DefaultValue("200") @Min(1) @Max(5000) int batchSize,
		@DefaultValue("200ms") @NotNull Duration retryBackoff, @DefaultValue("10s") @NotNull Duration maxRetryBackoff,
		@DefaultValue("2s") @NotNull Duration leaderRetryInterval, @DefaultValue("10s") @NotNull Duration sendTimeout,
		@DefaultValue("7d") @NotNull Duration retention, @DefaultValue("5s") @NotNull Duration monitorInterval) {

	/** How the relay wakes up. */
	public enum WakeUp {

		/** On PostgreSQL notifications sent when outbox rows commit, plus a slow poll as a safety net. */
		NOTIFY,

		/** By polling only. */
		POLL

	}

}
