package org.scibureau.plan.review.domain;

/**
 * Why an expert may not review a project; the order is the order in which conflicts are reported.
 */
public enum ConflictKind {

	/** The expert works for the applicant organisation. */
	SAME_ORGANISATION,

	/** The expert is the project's principal investigator or one of its team members. */
	TEAM_MEMBER,

	/** The expert declared a conflict with the applicant organisation. */
	DECLARED_ORGANISATION,

	/** The expert declared a conflict with the principal investigator or a team member. */
	DECLARED_RESEARCHER,

	/** The expert and the principal investigator took part in the same project within the lookback period. */
	COLLABORATION,

	/** The expert does not accept reviews at present. */
	UNAVAILABLE

}
