package org.scibureau.talent.researcher.domain;

/**
 * The city's talent classification: A international top talent, B national leading, C provincial, D doctorate and
 * programme talent, E master's, F bachelor's.
 */
public enum TalentTier {

	A, B, C, D, E, F

}
