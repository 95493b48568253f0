package org.scibureau.platform.testapp;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

/**
 * A budget to check against the test application's one rule.
 *
 * @param amount the amount asked for
 */
record BudgetForm(@NotNull BigDecimal amount) {
}
