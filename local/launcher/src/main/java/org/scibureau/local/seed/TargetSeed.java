package org.scibureau.local.seed;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A target indicator of a demo plan.
 *
 * @param indicator what is measured
 * @param unit its unit
 * @param baseline the value when the plan starts
 * @param target the value aimed for
 */
public record TargetSeed(String indicator, String unit, BigDecimal baseline, BigDecimal target) {

	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("indicator", this.indicator);
		body.put("unit", this.unit);
		body.put("baseline", this.baseline);
		body.put("target", this.target);
		return body;
	}

}
