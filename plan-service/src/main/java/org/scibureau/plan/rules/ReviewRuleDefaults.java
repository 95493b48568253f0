package org.scibureau.plan.review;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.scibureau.plan.review.domain.Consensus;
import org.scibureau.plan.review.domain.Criterion;
import org.scibureau.plan.review.domain.ReviewCriteria;

/**
 * The figures the bureau applies to expert reviews, as configuration (recusal and scoring rules differ between
 * cities). plan-service ships the defaults in its {@code application.yml}: criteria innovation 30, feasibility 30,
 * team 20, budget 20; a shared project within 5 years is a conflict; outliers are trimmed from 5 scores on.
 *
 * @param criteria the criteria a review scores when its request names none
 * @param collaborationLookbackYears how many years back a project shared with the principal investigator makes an
 * expert ineligible, when the request names no other figure
 * @param trimThreshold how many scores a criterion needs before its lowest and highest are dropped (at least 3)
 */
@ConfigurationProperties("scibureau.plan.review")
record ReviewRules(List<Criterion> criteria, @DefaultValue("5") int collaborationLookbackYears,
		@DefaultValue("" + Consensus.DEFAULT_TRIM_THRESHOLD) int trimThreshold) {

	ReviewRules {
		// Fail at startup, not at the first review, when the configured figures are inconsistent.
		new ReviewCriteria(criteria);
		if (collaborationLookbackYears < 0 || trimThreshold < 3) {
			throw new IllegalArgumentException(
					"The collaboration lookback cannot be negative and trimming needs at least 3 scores");
		}
	}

}
