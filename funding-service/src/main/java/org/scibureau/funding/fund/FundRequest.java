package org.scibureau.funding.fund;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.scibureau.funding.fund.domain.FundSource;

/**
 * A fund to set up.
 *
 * @param name e.g. "2026 Municipal S&amp;T Plan Fund"
 * @param fiscalYear the fiscal year it pays for
 * @param source where its money comes from
 * @param jurisdiction the administrative division owning it, within the officer's
 * @param appropriation what it is given, in CNY with at most two decimals
 * @param programIds the programs it pays for in that year; each may draw on one fund per year only
 * @param reason the budget document it rests on, kept in its history
 */
record FundRequest(@NotBlank @Size(max = 200) String name, @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
		@NotNull FundSource source, @NotNull @Pattern(regexp = "\\d{6}") String jurisdiction,
		@NotNull BigDecimal appropriation, @Nullable @Size(max = 100) List<@NotNull UUID> programIds,
		@Nullable @Size(max = 1000) String reason) {

	FundRequest {
		programIds = (programIds != null) ? List.copyOf(programIds) : List.of();
	}

}
