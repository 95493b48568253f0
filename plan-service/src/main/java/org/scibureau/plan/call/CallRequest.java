package org.scibureau.plan.call;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.scibureau.plan.eligibility.domain.EligibilityRule;
import org.scibureau.plan.eligibility.domain.EligibilityRules;

/**
 * The body of scheduling a call for proposals under a program of a published plan.
 *
 * @param programId the program the call funds
 * @param title the call's title
 * @param description what the call is for and who may apply
 * @param opensAt when it opens for submissions
 * @param closesAt when it closes
 * @param eligibilityRules who may apply, each rule with its {@code kind}, at most one per kind; absent means
 * {@link EligibilityRules#defaults()}, an empty list means no rules
 */
record CallRequest(@NotNull UUID programId, @NotBlank @Size(max = 300) String title,
		@NotBlank @Size(max = 20000) String description, @NotNull Instant opensAt, @NotNull Instant closesAt,
		@Nullable List<@Nullable EligibilityRule> eligibilityRules) {
}
