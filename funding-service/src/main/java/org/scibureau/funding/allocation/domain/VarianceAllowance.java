package org.scibureau.funding.allocation.domain;

import java.math.BigDecimal;

/**
 * How far spending on a budget category may exceed its budget before it raises a variance alert, as a share of the
 * budget (rules as data; the shipped default, unverified, is 10%).
 *
 * @param percent 0 to 100
 */
public record VarianceAllowance(BigDecimal percent) {

	public VarianceAllowance {
		if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new IllegalArgumentException("An allowance is a share of 0 to 100 percent: " + percent);
		}
	}

}
