package org.scibureau.platform.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What an auditor narrows the audit trail to; a {@code null} member does not narrow it.
 *
 * @param from records at or after this instant
 * @param to records before this instant
 * @param actor records of this caller, named by subject or in the {@code subject via client} form
 * @param outcome records that ended so
 * @param method records of this HTTP method
 */
public record AuditFilter(@Nullable Instant from, @Nullable Instant to, @Nullable String actor,
		@Nullable AuditOutcome outcome, @Nullable String method) {
}
