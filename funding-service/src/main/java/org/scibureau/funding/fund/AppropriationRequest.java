package org.scibureau.funding.fund;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A fund's new appropriation after a budget adjustment.
 *
 * @param appropriation the new amount, in CNY; at least what the fund has committed and disbursed
 * @param reason the adjustment's document, kept in the fund's history
 */
record AppropriationRequest(@NotNull BigDecimal appropriation, @Nullable @Size(max = 1000) String reason) {
}
