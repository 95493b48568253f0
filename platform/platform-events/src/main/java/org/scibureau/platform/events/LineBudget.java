package org.scibureau.platform.events;

import java.math.BigDecimal;

/**
 * What an approved project may spend on one budget category: its requested lines of that category, scaled to the
 * approved total.
 *
 * @param category e.g. {@code EQUIPMENT}, {@code MATERIALS}, {@code INDIRECT}
 * @param amount the amount, in CNY
 */
public record LineBudget(String category, BigDecimal amount) {
}
