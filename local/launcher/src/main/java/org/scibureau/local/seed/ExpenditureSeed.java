package org.scibureau.local.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A demo expenditure report: what a project under way has spent by budget category, cumulatively, up to the end of
 * last month, as its applicant reports it to funding-service.
 *
 * @param projectKey the {@link ProjectSeed#key()} of the project
 * @param spent CNY with two decimals by budget category, in the order reported
 */
public record ExpenditureSeed(String projectKey, Map<String, BigDecimal> spent) {

	public ExpenditureSeed {
		spent = new LinkedHashMap<>(spent);
	}

	/**
	 * The body of {@code POST /api/funding/allocations/{id}/expenditure-reports}.
	 * @param periodEnd the day the figures run to
	 */
	Map<String, Object> body(LocalDate periodEnd) {
		List<Map<String, Object>> lines = this.spent.entrySet()
			.stream()
			.map((line) -> Map.<String, Object>of("category", line.getKey(), "spent", line.getValue()))
			.toList();
		return Map.of("periodEnd", periodEnd.toString(), "lines", lines);
	}

}
