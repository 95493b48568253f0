package org.scibureau.platform.events.plan;

import java.time.Instant;
import java.util.UUID;

/**
 * A call for proposals closed: no further applications are accepted under it.
 *
 * @param eventId the event's identity
 * @param occurredAt when the call closed
 * @param callId the call
 * @param reference the officials' reference
 * @param programId the program the call funds
 * @param jurisdiction the administrative division owning the call
 */
public record CallClosed(UUID eventId, Instant occurredAt, UUID callId, String reference, UUID programId,
		String jurisdiction) implements CallEvent {
}
