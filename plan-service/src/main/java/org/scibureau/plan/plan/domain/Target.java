package org.scibureau.plan.plan.domain;

import java.math.BigDecimal;

/**
 * A target indicator of a plan, e.g. R&amp;D spending at 3.6% of GDP from a 3.2% baseline.
 *
 * @param indicator what is measured
 * @param unit its unit, e.g. {@code %}, {@code enterprises}, {@code CNY 100M}
 * @param baseline the value when the plan starts
 * @param target the value the plan aims for by its last year
 */
public record Target(String indicator, String unit, BigDecimal baseline, BigDecimal target) {
}
