package org.scibureau.plan.eligibility;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;

import tools.jackson.databind.JsonNode;

/**
 * An eligibility rule as a call shows it: its kind, its figures as in the rule's JSON form (e.g. {@code amount}),
 * and its public description in both languages, all members of one object.
 *
 * @param kind the rule's kind, e.g. {@code max-amount}
 * @param data the rule's other members, e.g. {@code {"amount": 500000.00}}
 * @param description the rule as the call page states it
 */
public record DescribedRule(String kind, @JsonAnyGetter Map<String, JsonNode> data, Bilingual description) {

	public DescribedRule {
		data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
	}

}
