package org.scibureau.plan.rules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.scibureau.plan.project.domain.IndirectCostTiers;
import org.scibureau.plan.project.domain.MidtermCheckTiming;
import org.scibureau.plan.project.domain.PublicityPeriod;
import org.scibureau.plan.project.domain.TrancheSplit;
import org.scibureau.plan.review.domain.CollaborationLookback;
import org.scibureau.plan.review.domain.OutlierTrimming;
import org.scibureau.plan.review.domain.ReviewCriteria;
import org.scibureau.platform.rules.RuleDefinition;

/**
 * plan-service's rules, named as the API shows them, each with the figure the service ships.
 */
@Configuration(proxyBeanMethods = false)
class PlanRuleDefinitions {

	@Bean
	RuleDefinition<TrancheSplit> trancheSplitRule(ProjectRuleDefaults projects) {
		return RuleDefinition.of("project-tranche-split",
				"The shares in percent in which an approved budget is paid out: the first on contract signing, the"
						+ " last on acceptance, those between on accepted milestones",
				TrancheSplit.class, new TrancheSplit(projects.trancheSplit()));
	}

	@Bean
	RuleDefinition<IndirectCostTiers> indirectCostTiersRule(ProjectRuleDefaults projects) {
		return RuleDefinition.of("project-indirect-cost-tiers",
				"The cap of indirect costs: marginal brackets of the direct costs less equipment, each with its share",
				IndirectCostTiers.class, new IndirectCostTiers(projects.indirectCostTiers()));
	}

	@Bean
	RuleDefinition<PublicityPeriod> publicityPeriodRule(ProjectRuleDefaults projects) {
		return RuleDefinition.of("project-publicity-period",
				"How many days an approval is publicly noticed before its task contract may be signed",
				PublicityPeriod.class, new PublicityPeriod(projects.publicityDays()));
	}

	@Bean
	RuleDefinition<MidtermCheckTiming> midtermCheckRule(ProjectRuleDefaults projects) {
		return RuleDefinition.of("project-midterm-check",
				"When a mid-term check may be held (share of the planned period run) and from which planned length"
						+ " in months it is required before acceptance",
				MidtermCheckTiming.class, projects.midtermCheck());
	}

	@Bean
	RuleDefinition<ReviewCriteria> reviewCriteriaRule(ReviewRuleDefaults reviews) {
		return RuleDefinition.of("review-criteria",
				"The criteria and weights experts score a project on, when a review names none", ReviewCriteria.class,
				new ReviewCriteria(reviews.criteria()));
	}

	@Bean
	RuleDefinition<CollaborationLookback> collaborationLookbackRule(ReviewRuleDefaults reviews) {
		return RuleDefinition.of("review-collaboration-lookback",
				"How many years back a project shared with the principal investigator bars an expert from reviewing",
				CollaborationLookback.class, new CollaborationLookback(reviews.collaborationLookbackYears()));
	}

	@Bean
	RuleDefinition<OutlierTrimming> outlierTrimmingRule(ReviewRuleDefaults reviews) {
		return RuleDefinition.of("review-outlier-trimming",
				"From how many scores a criterion's lowest and highest are dropped before averaging",
				OutlierTrimming.class, new OutlierTrimming(reviews.trimThreshold()));
	}

}
