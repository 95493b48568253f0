package org.scibureau.plan.organisation;

import java.util.concurrent.ThreadLocalRandom;

import org.scibureau.plan.organisation.domain.UnifiedSocialCreditCode;

/**
 * Valid unified social credit codes for tests: a random body with its computed check character.
 */
public final class CreditCodes {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private CreditCodes() {
	}

	/** A valid code registered in Chengdu that no other test uses (with overwhelming probability). */
	public static String unique() {
		StringBuilder body = new StringBuilder("91510100");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 9; i++) {
			body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		for (char check : ALPHABET.toCharArray()) {
			if (UnifiedSocialCreditCode.isValid(body.toString() + check)) {
				return body.toString() + check;
			}
		}
		throw new AssertionError("Every body has exactly one check character");
	}

}
