package org.scibureau.plan.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTests {

	@Test
	void acceptsPublishedCodesWithTheirCheckCharacter() {
		assertThat(new UnifiedSocialCreditCode("91350100M000100Y43").registrationDivision()).isEqualTo("350100");
		assertThat(UnifiedSocialCreditCode.isValid("91110000802100433B")).isTrue();
	}

	@Test
	void normalisesCaseAndSurroundingSpace() {
		assertThat(new UnifiedSocialCreditCode(" 91110000802100433b ").value()).isEqualTo("91110000802100433B");
	}

	@Test
	void rejectsAWrongCheckCharacter() {
		assertThatExceptionOfType(UnifiedSocialCreditCode.InvalidCreditCode.class)
			.isThrownBy(() -> new UnifiedSocialCreditCode("91350100M000100Y44"))
			.satisfies((invalid) -> assertThat(invalid.rule()).isEqualTo("check-character"));
	}

	@Test
	void rejectsLettersOutsideTheAlphabetAndWrongLengths() {
		assertThat(UnifiedSocialCreditCode.isValid("91350100M000100I43")).isFalse();
		assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y4")).isFalse();
		assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y433")).isFalse();
		assertThat(UnifiedSocialCreditCode.isValid("")).isFalse();
	}

	@Test
	void computesACheckCharacterThatCanBeZero() {
		String body = findBodyWithCheck('0');

		assertThat(UnifiedSocialCreditCode.isValid(body + '0')).isTrue();
	}

	@Test
	void detectsEverySingleCharacterChange() {
		String valid = "91350100M000100Y43";
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		for (int position = 0; position < 17; position++) {
			for (char replacement : alphabet.toCharArray()) {
				if (replacement == valid.charAt(position)) {
					continue;
				}
				String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
				assertThat(UnifiedSocialCreditCode.isValid(changed)).as(changed).isFalse();
			}
		}
	}

	private static String findBodyWithCheck(char check) {
		for (int n = 0; n < 100_000; n++) {
			String body = "9151010" + String.format("%010d", n);
			if (UnifiedSocialCreditCode.checkCharacter(body) == check) {
				return body;
			}
		}
		throw new AssertionError("no body with check character " + check);
	}

}
