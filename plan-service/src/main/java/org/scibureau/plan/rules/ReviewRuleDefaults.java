package org.scibureau.plan.rules;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.scibureau.plan.review.domain.CollaborationLookback;
import org.scibureau.plan.review.domain.Consensus;
import org.scibureau.plan.review.domain.Criterion;
import org.scibureau.plan.review.domain.OutlierTrimming;
import org.scibureau.plan.review.domain.ReviewCriteria;

/**
 * The figures plan-service ships for expert reviews, from its {@code application.yml}: criteria innovation 30,
 * feasibility 30, team 20, budget 20; a shared project within 5 years is a conflict; outliers are trimmed from 5
 * scores on. They become the rules' first versions; later changes are rule versions.
 *
 * @param criteria the criteria a review scores when its request names none
 * @param collaborationLookbackYears how many years back a project shared with the principal investigator makes an
 * expert ineligible, when the request names no other figure
 * @param trimThreshold how many scores a criterion needs before its lowest and highest are dropped (at least 3)
 */
@ConfigurationProperties("scibureau.plan.review")
record ReviewRuleDefaults(List<Criterion> criteria, @DefaultValue("5") int collaborationLookbackYears,
		@DefaultValue("" + Consensus.DEFAULT_TRIM_THRESHOLD) int trimThreshold) {

	ReviewRuleDefaults {
		// Fail at startup, not at the first review, when the configured figures are inconsistent.
		new ReviewCriteria(criteria);
		new CollaborationLookback(collaborationLookbackYears);
		new OutlierTrimming(trimThreshold);
	}

}
