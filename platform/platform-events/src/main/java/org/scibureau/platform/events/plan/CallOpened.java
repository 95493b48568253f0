package org.scibureau.platform.events.plan;

import java.time.Instant;
import java.util.UUID;

/**
 * A call for proposals opened: applications under its program may be submitted until {@code closesAt}.
 *
 * @param eventId the event's identity
 * @param occurredAt when the call opened
 * @param callId the call
 * @param reference the officials' reference, e.g. {@code CALL-2026-000007}
 * @param planId the published plan the call belongs to
 * @param programId the program the call funds
 * @param title the call's title
 * @param opensAt when the call opened for submissions
 * @param closesAt when the call is scheduled to close
 * @param jurisdiction the administrative division owning the call
 */
public record CallOpened(UUID eventId, Instant occurredAt, UUID callId, String reference, UUID planId,
		UUID programId, String title, Instant opensAt, Instant closesAt, String jurisdiction) implements CallEvent {
}
