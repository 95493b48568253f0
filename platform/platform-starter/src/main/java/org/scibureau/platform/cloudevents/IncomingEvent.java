package org.scibureau.platform.cloudevents;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.scibureau.platform.events.PublishedEvent;

/**
 * A consumed event: its CloudEvents attributes and, when its type is part of the contract, the decoded record.
 *
 * @param id the CloudEvents {@code id}
 * @param type the CloudEvents {@code type}
 * @param source the CloudEvents {@code source}
 * @param subject the CloudEvents {@code subject}
 * @param time the CloudEvents {@code time}
 * @param correlationId the correlation id the producer attached, if any
 * @param event the decoded event, or {@code null} when this consumer does not know the type
 */
public record IncomingEvent(UUID id, String type, String source, @Nullable String subject,
		@Nullable OffsetDateTime time, @Nullable String correlationId, @Nullable PublishedEvent event) {

	/** The decoded event, if the type is known. */
	public Optional<PublishedEvent> known() {
		return Optional.ofNullable(this.event);
	}

}
