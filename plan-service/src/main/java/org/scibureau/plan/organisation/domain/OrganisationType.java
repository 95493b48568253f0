package org.scibureau.plan.organisation.domain;

/**
 * The kinds of applicant organisation.
 */
public enum OrganisationType {

	UNIVERSITY, RESEARCH_INSTITUTE, ENTERPRISE, HOSPITAL, OTHER

}
