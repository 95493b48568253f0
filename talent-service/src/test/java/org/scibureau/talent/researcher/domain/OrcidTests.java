package org.scibureau.talent.researcher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class OrcidTests {

	@Test
	void acceptsTheExamplesOfTheOrcidDocumentation() {
		assertThat(new Orcid("0000-0002-1825-0097").value()).isEqualTo("0000-0002-1825-0097");
		assertThat(new Orcid("0000-0001-5109-3700").value()).isEqualTo("0000-0001-5109-3700");
		assertThat(new Orcid("0000-0002-1694-233X").value()).isEqualTo("0000-0002-1694-233X");
	}

	@Test
	void computesCheckCharactersFromZeroToX() {
		assertThat(Orcid.checkCharacter("0000-0002-1825-009")).isEqualTo('7');
		assertThat(Orcid.checkCharacter("0000-0001-5109-370")).isEqualTo('0');
		assertThat(Orcid.checkCharacter("0000-0002-1694-233")).isEqualTo('X');
	}

	@Test
	void keepsTheBareIdOfTheUriFormWithAnUpperCaseX() {
		Orcid orcid = new Orcid(" https://orcid.org/0000-0002-1694-233x ");

		assertThat(orcid.value()).isEqualTo("0000-0002-1694-233X");
		assertThat(orcid.uri()).isEqualTo("https://orcid.org/0000-0002-1694-233X");
		assertThat(new Orcid("http://ORCID.org/0000-0002-1825-0097").value()).isEqualTo("0000-0002-1825-0097");
	}

	@Test
	void rejectsAWrongCheckCharacter() {
		assertThatExceptionOfType(Orcid.InvalidOrcid.class).isThrownBy(() -> new Orcid("0000-0002-1825-0098"))
			.satisfies((invalid) -> assertThat(invalid.rule()).isEqualTo("check-character"));
		assertThat(Orcid.isValid("0000-0002-1694-2330")).isFalse();
	}

	@Test
	void rejectsWhatIsNotShapedLikeAnOrcidId() {
		for (String text : new String[] { "", "0000000218250097", "0000-0002-1825-009", "0000-0002-1825-00977",
				"0000-000X-1825-0097", "0000_0002_1825_0097", "https://example.org/0000-0002-1825-0097",
				"٠٠٠٠-0002-1825-0097" }) {
			assertThatExceptionOfType(Orcid.InvalidOrcid.class).as(text)
				.isThrownBy(() -> new Orcid(text))
				.satisfies((invalid) -> assertThat(invalid.rule()).isEqualTo("shape"));
		}
	}

	@Test
	void detectsEverySingleDigitChange() {
		String valid = "0000-0002-1825-0097";
		for (int position = 0; position < 18; position++) {
			if (valid.charAt(position) == '-') {
				continue;
			}
			for (char replacement = '0'; replacement <= '9'; replacement++) {
				if (replacement == valid.charAt(position)) {
					continue;
				}
				String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
				assertThat(Orcid.isValid(changed)).as(changed).isFalse();
			}
		}
	}

	@Test
	void detectsEverySwapOfTwoDifferentNeighbouringDigits() {
		String valid = "0000-0001-5109-3700";
		String digits = valid.replace("-", "");
		for (int i = 0; i < 14; i++) {
			if (digits.charAt(i) == digits.charAt(i + 1)) {
				continue;
			}
			String swapped = digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2);
			String changed = String.join("-", swapped.substring(0, 4), swapped.substring(4, 8), swapped.substring(8, 12),
					swapped.substring(12));
			assertThat(Orcid.isValid(changed)).as(changed).isFalse();
		}
	}

}
