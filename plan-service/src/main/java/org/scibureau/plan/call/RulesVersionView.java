package org.scibureau.plan.call;

import java.time.Instant;
import java.util.List;

import org.scibureau.plan.eligibility.DescribedRule;

/**
 * One version of a call's eligibility rules, for auditors who ask which rules applied when.
 *
 * @param version the rules version
 * @param eligibilityRules the rules of that version, described in English and Chinese
 * @param changedAt when they were set (the call's scheduling for version 1)
 * @param changedBy who set them
 */
record RulesVersionView(int version, List<DescribedRule> eligibilityRules, Instant changedAt, String changedBy) {
}
