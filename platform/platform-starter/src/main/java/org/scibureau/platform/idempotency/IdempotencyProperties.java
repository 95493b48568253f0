package org.scibureau.platform.idempotency;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of idempotency keys.
 *
 * @param retention how long a key is remembered; after that the same key starts a new request
 * @param maxResponseSize the largest response stored for replay; larger ones are not replayable
 */
@ConfigurationProperties("scibureau.idempotency")
@Validated
public record IdempotencyProperties(@DefaultValue("24h") @NotNull Duration retention,
		@DefaultValue("1MB") @NotNull DataSize maxResponseSize) {
}
