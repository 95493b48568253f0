package org.scibureau.plan.eligibility.domain;

import java.math.BigDecimal;
import java.util.List;

import org.scibureau.plan.organisation.domain.OrganisationType;

/**
 * Rules and application facts the eligibility tests share.
 */
public final class EligibilityFixtures {

	public static final String CHENGDU = "510100";

	public static final String WUHOU = "510107";

	public static final String DEYANG = "510600";

	private EligibilityFixtures() {
	}

	/** One rule of every kind, as a call lists them. */
	public static EligibilityRules everyRule() {
		return EligibilityRules.of(
				new OrganisationTypeRule(List.of(OrganisationType.UNIVERSITY, OrganisationType.RESEARCH_INSTITUTE)),
				new JurisdictionRule(List.of(CHENGDU)), new MaxAmountRule(new BigDecimal("500000.00")),
				new MaxDurationRule(36), new MaxConcurrentProjectsRule(2), new NoActiveSanctionRule());
	}

	/** A university in a district of Chengdu asking for less than any ceiling, led by a PI in good standing. */
	public static ApplicationFacts eligible() {
		return new ApplicationFacts(new ApplicationFacts.Organisation(OrganisationType.UNIVERSITY, WUHOU),
				new ApplicationFacts.Investigator(1, false), new BigDecimal("300000.00"), 24);
	}

	/** An application that breaks every rule of {@link #everyRule()}. */
	public static ApplicationFacts ineligible() {
		return new ApplicationFacts(new ApplicationFacts.Organisation(OrganisationType.HOSPITAL, DEYANG),
				new ApplicationFacts.Investigator(2, true), new BigDecimal("500000.01"), 37);
	}

	/** A draft whose organisation is not registered, with no PI, amount or duration yet. */
	public static ApplicationFacts nothingKnown() {
		return new ApplicationFacts(null, null, null, null);
	}

	/** {@link #eligible()} with another organisation. */
	public static ApplicationFacts withOrganisation(OrganisationType type, String jurisdiction) {
		ApplicationFacts facts = eligible();
		return new ApplicationFacts(new ApplicationFacts.Organisation(type, jurisdiction), facts.principalInvestigator(),
				facts.requestedAmount(), facts.durationMonths());
	}

	/** {@link #eligible()} with another principal investigator. */
	public static ApplicationFacts withInvestigator(int ongoingProjects, boolean barredFromApplying) {
		ApplicationFacts facts = eligible();
		return new ApplicationFacts(facts.organisation(),
				new ApplicationFacts.Investigator(ongoingProjects, barredFromApplying), facts.requestedAmount(),
				facts.durationMonths());
	}

	/** {@link #eligible()} with another requested amount. */
	public static ApplicationFacts withAmount(String amount) {
		ApplicationFacts facts = eligible();
		return new ApplicationFacts(facts.organisation(), facts.principalInvestigator(), new BigDecimal(amount),
				facts.durationMonths());
	}

	/** {@link #eligible()} with another duration. */
	public static ApplicationFacts withDuration(int months) {
		ApplicationFacts facts = eligible();
		return new ApplicationFacts(facts.organisation(), facts.principalInvestigator(), facts.requestedAmount(),
				months);
	}

}
