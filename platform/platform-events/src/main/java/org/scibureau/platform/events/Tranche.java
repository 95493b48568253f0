package org.scibureau.platform.events;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One tranche of an approved project's budget, as plan-service plans it and funding-service commits it.
 *
 * @param sequence the tranche's position, from 1
 * @param amount the tranche's amount, in CNY
 * @param trigger what releases it: {@code CONTRACT_SIGNED}, {@code MILESTONE_ACCEPTED} or {@code PROJECT_ACCEPTED}
 * @param milestoneId the milestone whose acceptance releases it, for {@code MILESTONE_ACCEPTED}
 */
public record Tranche(int sequence, BigDecimal amount, String trigger, @Nullable UUID milestoneId) {
}
