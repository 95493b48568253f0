package org.scibureau.platform.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One state-changing request as the audit trail keeps it.
 *
 * @param id its id (UUID v7)
 * @param occurredAt when it was recorded: as its change committed, or as it was answered
 * @param actor the caller as histories name it ({@code subject via client}), {@code null} without a valid token
 * @param subject the token's subject, {@code null} without a valid token
 * @param clientId the token's client, {@code null} without a valid token
 * @param method the HTTP method
 * @param path the raw request path
 * @param operation the matched route, e.g. {@code POST /api/plan/projects/{id}/submission}, {@code null} when none
 * matched (the request was refused before routing or the path is unknown)
 * @param status the status answered; {@code null} when written in the change's transaction, before the answer
 * existed
 * @param outcome how it ended
 * @param correlationId the request's correlation id
 */
public record AuditRecord(UUID id, Instant occurredAt, @Nullable String actor, @Nullable String subject,
		@Nullable String clientId, String method, String path, @Nullable String operation, @Nullable Integer status,
		AuditOutcome outcome, @Nullable String correlationId) {
}
