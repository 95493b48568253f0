package org.scibureau.plan.call;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.scibureau.plan.eligibility.domain.EligibilityRule;

/**
 * The body of replacing a scheduled call's eligibility rules; the same member as in the call, so that a call's
 * {@code eligibilityRules} can be edited and sent back (their descriptions are ignored).
 *
 * @param eligibilityRules the new rules, each with its {@code kind}, at most one per kind
 */
record EligibilityRulesRequest(@NotNull List<@Nullable EligibilityRule> eligibilityRules) {
}
