package org.scibureau.local.seed;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A demo fund of this fiscal year, set up by a finance officer to pay for one program of a demo plan.
 *
 * @param key a stable name of this seed item, part of its idempotency key
 * @param planKey the {@link PlanSeed#key()} of the plan whose program it pays for
 * @param programName the program's name within that plan
 * @param name the fund's name, which identifies it within its fiscal year when seeding runs again
 * @param source {@code MUNICIPAL_BUDGET}, {@code NATURAL_SCIENCE_FUND}, {@code SPECIAL_FUND} or
 * {@code VENTURE_GUIDANCE_FUND}
 * @param jurisdiction the division whose budget it is
 * @param appropriation CNY with two decimals
 */
public record FundSeed(String key, String planKey, String programName, String name, String source,
		String jurisdiction, BigDecimal appropriation) {

	/** The body of {@code POST /api/funding/funds}: the program is added once funding-service knows it. */
	Map<String, Object> body(int fiscalYear) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", this.name);
		body.put("fiscalYear", fiscalYear);
		body.put("source", this.source);
		body.put("jurisdiction", this.jurisdiction);
		body.put("appropriation", this.appropriation);
		return body;
	}

}
