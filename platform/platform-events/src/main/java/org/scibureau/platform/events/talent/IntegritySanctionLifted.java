package org.scibureau.platform.events.talent;

import java.time.Instant;
import java.util.UUID;

/**
 * A research-integrity sanction was lifted before its end (e.g. on appeal). Lifting restores eligibility from now
 * on; it does not undo decisions taken while the sanction was active.
 *
 * @param eventId the event's identity
 * @param occurredAt when it was lifted
 * @param sanctionId the sanction
 * @param researcherId the researcher (talent id)
 * @param reason why it was lifted
 * @param jurisdiction the administrative division that decided it
 */
public record IntegritySanctionLifted(UUID eventId, Instant occurredAt, UUID sanctionId, UUID researcherId,
		String reason, String jurisdiction) implements IntegritySanctionEvent {
}
