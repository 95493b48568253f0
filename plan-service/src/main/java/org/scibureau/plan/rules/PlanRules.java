package org.scibureau.plan.rules;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import org.scibureau.plan.project.domain.IndirectCostTiers;
import org.scibureau.plan.project.domain.MidtermCheckTiming;
import org.scibureau.plan.project.domain.PublicityPeriod;
import org.scibureau.plan.project.domain.TrancheSplit;
import org.scibureau.plan.review.domain.CollaborationLookback;
import org.scibureau.plan.review.domain.OutlierTrimming;
import org.scibureau.plan.review.domain.ReviewCriteria;
import org.scibureau.platform.id.References;
import org.scibureau.platform.rules.RuleBook;
import org.scibureau.platform.rules.RuleDefinition;

/**
 * The figures plan-service applies, each the version in force on the day that governs it: the approval day for
 * the tranche split and the publicity period, the contract day for the mid-term check, the submission day for the
 * indirect-cost cap, the opening day of a review for its criteria, recusal and trimming. Read and changed at
 * {@code /api/plan/rules}.
 */
@Component
public class PlanRules {

	private final RuleBook book;

	private final RuleDefinition<TrancheSplit> trancheSplit;

	private final RuleDefinition<IndirectCostTiers> indirectCostTiers;

	private final RuleDefinition<PublicityPeriod> publicityPeriod;

	private final RuleDefinition<MidtermCheckTiming> midtermCheck;

	private final RuleDefinition<ReviewCriteria> reviewCriteria;

	private final RuleDefinition<CollaborationLookback> collaborationLookback;

	private final RuleDefinition<OutlierTrimming> outlierTrimming;

	PlanRules(RuleBook book, RuleDefinition<TrancheSplit> trancheSplit,
			RuleDefinition<IndirectCostTiers> indirectCostTiers, RuleDefinition<PublicityPeriod> publicityPeriod,
			RuleDefinition<MidtermCheckTiming> midtermCheck, RuleDefinition<ReviewCriteria> reviewCriteria,
			RuleDefinition<CollaborationLookback> collaborationLookback,
			RuleDefinition<OutlierTrimming> outlierTrimming) {
		this.book = book;
		this.trancheSplit = trancheSplit;
		this.indirectCostTiers = indirectCostTiers;
		this.publicityPeriod = publicityPeriod;
		this.midtermCheck = midtermCheck;
		this.reviewCriteria = reviewCriteria;
		this.collaborationLookback = collaborationLookback;
		this.outlierTrimming = outlierTrimming;
	}

	/** The day in Asia/Shanghai of an instant: the day whose figures govern what happened then. */
	public static LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, References.BUREAU_ZONE);
	}

	public Mono<TrancheSplit> trancheSplit(LocalDate day) {
		return this.book.inForce(this.trancheSplit, day);
	}

	public Mono<IndirectCostTiers> indirectCostTiers(LocalDate day) {
		return this.book.inForce(this.indirectCostTiers, day);
	}

	public Mono<PublicityPeriod> publicityPeriod(LocalDate day) {
		return this.book.inForce(this.publicityPeriod, day);
	}

	public Mono<MidtermCheckTiming> midtermCheck(LocalDate day) {
		return this.book.inForce(this.midtermCheck, day);
	}

	public Mono<ReviewCriteria> reviewCriteria(LocalDate day) {
		return this.book.inForce(this.reviewCriteria, day);
	}

	public Mono<CollaborationLookback> collaborationLookback(LocalDate day) {
		return this.book.inForce(this.collaborationLookback, day);
	}

	public Mono<OutlierTrimming> outlierTrimming(LocalDate day) {
		return this.book.inForce(this.outlierTrimming, day);
	}

}
