package org.scibureau.funding.allocation.domain;

import java.math.BigDecimal;

/**
 * Above which amount a disbursement needs a second finance officer's confirmation (rules as data; the shipped
 * default is ¥1,000,000).
 *
 * @param above the amount in CNY; a tranche of more needs two officers
 */
public record ConfirmationThreshold(BigDecimal above) {

	public ConfirmationThreshold {
		if (above.signum() < 0) {
			throw new IllegalArgumentException("A threshold cannot be negative: " + above);
		}
	}

}
