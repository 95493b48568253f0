package org.scibureau.platform.rules;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One version of a rule: its value from a day on, until a later version takes over.
 *
 * @param rule the rule's name
 * @param effectiveFrom the first day (Asia/Shanghai) the value applies
 * @param value the value, as JSON
 * @param reason why it was recorded, e.g. the decree that set it
 * @param recordedBy who recorded it ({@code configuration} for the shipped default)
 * @param recordedAt when
 * @param withdrawnBy who withdrew it before it took effect, if anyone
 * @param withdrawnAt when
 */
public record RuleVersion(String rule, LocalDate effectiveFrom, JsonNode value, @Nullable String reason,
		String recordedBy, Instant recordedAt, @Nullable String withdrawnBy, @Nullable Instant withdrawnAt) {

	/** Whether the version still counts: it was not withdrawn. */
	public boolean live() {
		return this.withdrawnAt == null;
	}

}
