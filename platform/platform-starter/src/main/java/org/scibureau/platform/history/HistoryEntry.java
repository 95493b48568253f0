package org.scibureau.platform.history;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One change of an aggregate: who did what, when, from which state to which, and why.
 *
 * @param action the action, e.g. {@code publish}
 * @param fromStatus the state before, or {@code null} on creation
 * @param toStatus the state after
 * @param actor who acted (token subject, with the client when it differs)
 * @param reason the reason given, if any
 * @param at when
 */
public record HistoryEntry(String action, @Nullable String fromStatus, String toStatus, String actor,
		@Nullable String reason, Instant at) {
}
