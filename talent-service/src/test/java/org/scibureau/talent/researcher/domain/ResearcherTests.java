package org.scibureau.talent.researcher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ResearcherTests {

	private static final UUID UNIVERSITY = UUID.fromString("0190a4c2-1111-7000-8000-000000000001");

	@Test
	void keepsFieldsTrimmedAndEachOnceInTheOrderGiven() {
		ResearcherProfile profile = profile(List.of(" 0710 Biology ", "artificial intelligence", "0710 Biology"));

		assertThat(profile.fields()).containsExactly("0710 Biology", "artificial intelligence");
	}

	@Test
	void normalisesTheNameTitleAndNationality() {
		ResearcherProfile profile = new ResearcherProfile("  李明 ", null, null, List.of("AI"), " ", null, " cn ",
				"510107");

		assertThat(profile.name()).isEqualTo("李明");
		assertThat(profile.title()).isNull();
		assertThat(profile.nationality()).isEqualTo("CN");
	}

	@Test
	void refusesAProfileWithoutFieldsWithABlankOneOrWithMoreThanTwenty() {
		List<String> twentyOne = IntStream.rangeClosed(1, 21).mapToObj((n) -> "field " + n).toList();

		assertThatIllegalArgumentException().isThrownBy(() -> profile(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> profile(List.of("AI", " ")));
		assertThatIllegalArgumentException().isThrownBy(() -> profile(twentyOne));
		assertThat(profile(twentyOne.subList(0, 20)).fields()).hasSize(20);
	}

	@Test
	void countsFieldsAfterRemovingRepetitions() {
		List<String> repeated = Collections.nCopies(25, "AI");

		assertThat(profile(repeated).fields()).containsExactly("AI");
	}

	@Test
	void refusesABlankNameAndAMalformedJurisdiction() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ResearcherProfile(" ", null, null, List.of("AI"), null, null, "CN", "510107"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ResearcherProfile("Li", null, null, List.of("AI"), null, null, "CN", "5101"));
	}

	@Test
	void reportsANationalityThatIsNoIsoCountry() {
		ResearcherProfile unknown = new ResearcherProfile("Li", null, null, List.of("AI"), null, null, "XX", "510107");

		assertThat(unknown.violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.field()).isEqualTo("nationality");
			assertThat(violation.rule()).isEqualTo("unknown-country");
		});
		assertThat(profile(List.of("AI")).violations()).isEmpty();
	}

	@Test
	void tellsWhetherTheOrganisationOrJurisdictionMoved() {
		ResearcherProfile before = profile(List.of("AI"));

		assertThat(profile(List.of("biology")).sameAffiliationAs(before)).isTrue();
		assertThat(new ResearcherProfile("Li", null, UUID.randomUUID(), List.of("AI"), null, null, "CN", "510107")
			.sameAffiliationAs(before)).isFalse();
		assertThat(new ResearcherProfile("Li", null, UNIVERSITY, List.of("AI"), null, null, "CN", "510104")
			.sameAffiliationAs(before)).isFalse();
		assertThat(new ResearcherProfile("Li", null, null, List.of("AI"), null, null, "CN", "510107")
			.sameAffiliationAs(before)).isFalse();
	}

	@Test
	void updatingKeepsTheIdentityAndTheVersionForTheRepository() {
		Instant registeredAt = Instant.parse("2026-03-01T02:00:00Z");
		Instant updatedAt = Instant.parse("2026-03-02T02:00:00Z");
		Researcher registered = Researcher.register(UNIVERSITY, "TAL-2026-000001", profile(List.of("AI")), registeredAt);

		Researcher updated = registered.update(profile(List.of("biology")), updatedAt);

		assertThat(registered.version()).isZero();
		assertThat(registered.updatedAt()).isEqualTo(registeredAt);
		assertThat(updated.id()).isEqualTo(registered.id());
		assertThat(updated.reference()).isEqualTo("TAL-2026-000001");
		assertThat(updated.version()).isZero();
		assertThat(updated.createdAt()).isEqualTo(registeredAt);
		assertThat(updated.updatedAt()).isEqualTo(updatedAt);
		assertThat(updated.profile().fields()).containsExactly("biology");
	}

	private static ResearcherProfile profile(List<String> fields) {
		return new ResearcherProfile("Li Ming", new Orcid("0000-0002-1825-0097"), UNIVERSITY, fields, "Professor",
				TalentTier.B, "CN", "510107");
	}

}
