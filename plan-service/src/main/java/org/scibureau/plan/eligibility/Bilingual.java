package org.scibureau.plan.eligibility;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A text in both of the platform's languages, for answers that every reader must be able to read whatever their
 * {@code Accept-Language}: a call's public rules and an applicant's eligibility check.
 *
 * @param en the English text
 * @param zhCn the Simplified Chinese text, as {@code zh-CN} in JSON
 */
public record Bilingual(String en, @JsonProperty("zh-CN") String zhCn) {
}
