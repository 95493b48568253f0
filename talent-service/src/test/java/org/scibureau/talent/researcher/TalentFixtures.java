package org.scibureau.talent.researcher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.scibureau.platform.test.token.TestTokens;
import org.scibureau.talent.researcher.domain.Orcid;

/**
 * Tokens, ORCID iDs and request bodies the talent-service tests share.
 */
final class TalentFixtures {

	static final String CHENGDU = "510100";

	static final String WUHOU = "510107";

	static final String JINJIANG = "510104";

	static final String SHENZHEN_NANSHAN = "440305";

	private TalentFixtures() {
	}

	/** A token of a Chengdu talent officer, who covers Chengdu's districts. */
	static String talentOfficer() {
		return TestTokens.shared().token().roles("talent-officer").jurisdiction(CHENGDU).subject("talent-clerk").build();
	}

	/** A token of a Shenzhen talent officer. */
	static String shenzhenTalentOfficer() {
		return TestTokens.shared().token().roles("talent-officer").jurisdiction("440300").subject("sz-clerk").build();
	}

	/** A token with the given role in Chengdu. */
	static String tokenFor(String role) {
		return TestTokens.shared().token().roles(role).jurisdiction(CHENGDU).subject(role + "-user").build();
	}

	/** A token with the given role in a division. */
	static String tokenFor(String role, String jurisdiction) {
		return TestTokens.shared().token().roles(role).jurisdiction(jurisdiction).subject(role + "-" + jurisdiction)
			.build();
	}

	/** A token of an applicant of a Wuhou organisation. */
	static String applicant(Object organisationId) {
		return TestTokens.shared().token().roles("applicant").org(organisationId.toString()).jurisdiction(WUHOU)
			.subject("applicant-" + organisationId).build();
	}

	/** A token of an expert whose talent id is {@code id}. */
	static String expert(Object id) {
		return TestTokens.shared().token().roles("expert").talentId(id.toString()).subject("expert-" + id).build();
	}

	/** A valid ORCID iD that no other test uses (with overwhelming probability). */
	static String uniqueOrcid() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String body = "%04d-%04d-%04d-%03d".formatted(random.nextInt(10_000), random.nextInt(10_000),
				random.nextInt(10_000), random.nextInt(1_000));
		for (char check : "0123456789X".toCharArray()) {
			if (Orcid.isValid(body + check)) {
				return body + check;
			}
		}
		throw new AssertionError("Every body has exactly one check character");
	}

	/** A Wuhou researcher of an organisation, with an ORCID iD, two fields, a title and tier B. */
	static Map<String, Object> researcher(String name, String orcid, UUID organisationId) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("orcid", orcid);
		body.put("organisationId", organisationId.toString());
		body.put("fields", List.of("0710 Biology", "artificial intelligence"));
		body.put("title", "Professor");
		body.put("tier", "B");
		body.put("nationality", "CN");
		body.put("jurisdiction", WUHOU);
		return body;
	}

	/** An available expert's review profile, for registering {@code researcherId}. */
	static Map<String, Object> expertProfile(Object researcherId, List<String> reviewFields) {
		Map<String, Object> body = new HashMap<>();
		body.put("researcherId", researcherId.toString());
		body.put("reviewFields", reviewFields);
		body.put("available", true);
		return body;
	}

	/** A name no other test uses, so tests sharing the database do not see each other's researchers. */
	static String uniqueName(String prefix) {
		return prefix + " " + UUID.randomUUID();
	}

}
