package org.scibureau.local.seed;

import org.jspecify.annotations.Nullable;

import org.scibureau.local.token.ClientCredentials;
import org.scibureau.local.token.TokenClaims;
import org.scibureau.local.token.TokenClient;

/**
 * Who the seeder acts as. The bureau's work (the registry, the talent pool, plans, calls, formal checks, reviews and
 * decisions) is the {@code scibureau-seeder} client's, with the fixed claims of a plan and talent officer. What only
 * an applicant, an expert or a finance officer may do (drafting, submitting, starting and reporting on a project;
 * scoring an assignment; setting up funds and paying tranches) is done as one identity of the {@link DemoDirectory}
 * or one of its demo users: a token of the local tool client {@code scibureau-cli} with exactly the claims of that
 * organisation's applicant, that talent as expert or that finance officer, and a subject that names the seeder, so
 * that histories show who acted. The seeder never asks that client for any other claims.
 *
 * @param subject who acts, as histories name it
 * @param claims the claims of a demo identity, or {@code null} for the seeder client's own
 */
record Actor(String subject, @Nullable TokenClaims claims) {

	/** The bureau: the seeder client. */
	static final Actor BUREAU = new Actor("scibureau-seeder", null);

	private static final String SUBJECT_PREFIX = "demo-seeder:";

	/** The finance officer who sets up funds and pays tranches. */
	static final Actor FINANCE = financeOfficer("finance");

	/** The second finance officer, who confirms the payments that need two. */
	static final Actor SECOND_FINANCE = financeOfficer("finance2");

	/**
	 * The applicant of a demo organisation, in the organisation's district.
	 * @param organisation the organisation
	 * @return the actor
	 */
	static Actor applicant(DemoDirectory.Organisation organisation) {
		String subject = SUBJECT_PREFIX + "applicant:" + organisation.key();
		return new Actor(subject, TokenClaims.roles("applicant")
			.withJurisdiction(organisation.jurisdiction())
			.withOrg(organisation.id().toString())
			.withSubject(subject));
	}

	/**
	 * A demo talent as expert, in the city's jurisdiction.
	 * @param talent the talent
	 * @return the actor
	 */
	static Actor expert(DemoDirectory.Talent talent) {
		String subject = SUBJECT_PREFIX + "expert:" + talent.key();
		return new Actor(subject,
				TokenClaims.roles("expert").withTalentId(talent.id().toString()).withSubject(subject));
	}

	/**
	 * A finance officer of the city's bureau, as the demo user of that name; never the seeder, which approves the
	 * projects whose funds they pay.
	 */
	private static Actor financeOfficer(String username) {
		String subject = SUBJECT_PREFIX + username;
		return new Actor(subject,
				TokenClaims.roles("finance-officer").withJurisdiction(DemoData.CITY).withSubject(subject));
	}

	/**
	 * A token for this actor.
	 * @param tokens the authorization server's token client
	 * @return the raw JWT
	 */
	String token(TokenClient tokens) {
		return (this.claims != null) ? tokens.token(ClientCredentials.CLI, this.claims)
				: tokens.token(ClientCredentials.SEEDER);
	}

}
