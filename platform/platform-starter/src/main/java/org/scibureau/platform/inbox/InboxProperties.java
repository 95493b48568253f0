package org.scibureau.platform.inbox;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of event consumption.
 *
 * @param maxAttempts how many times a failing event is tried before it goes to the dead-letter topic
 * @param initialBackoff the pause before the second attempt; it doubles up to {@code maxBackoff}
 * @param maxBackoff the longest pause between attempts
 * @param batchSize the most events of one partition applied in one transaction, when they have queued up
 */
@ConfigurationProperties("scibureau.inbox")
@Validated
public record InboxProperties(@DefaultValue("5") @Min(1) @Max(100) int maxAttempts,
		@DefaultValue("200ms") @NotNull Duration initialBackoff, @DefaultValue("5s") @NotNull Duration maxBackoff,
		@DefaultValue("100") @Min(1) @Max(1000) int batchSize) {
}
