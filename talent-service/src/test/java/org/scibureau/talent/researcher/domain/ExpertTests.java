package org.scibureau.talent.researcher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.scibureau.platform.domain.RuleViolation;

class ExpertTests {

	private static final UUID EXPERT = UUID.fromString("0190a4c2-2222-7000-8000-000000000001");

	private static final UUID UNIVERSITY = UUID.fromString("0190a4c2-1111-7000-8000-000000000001");

	private static final UUID COLLEAGUE = UUID.fromString("0190a4c2-2222-7000-8000-000000000002");

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

	@Test
	void keepsReviewFieldsAndConflictsEachOnce() {
		ExpertProfile profile = new ExpertProfile(List.of(" AI ", "AI", "robotics"), List.of(UNIVERSITY, UNIVERSITY),
				List.of(COLLEAGUE, COLLEAGUE), true, null);

		assertThat(profile.reviewFields()).containsExactly("AI", "robotics");
		assertThat(profile.conflictOrganisationIds()).containsExactly(UNIVERSITY);
		assertThat(profile.conflictResearcherIds()).containsExactly(COLLEAGUE);
	}

	@Test
	void refusesAProfileWithoutReviewFields() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ExpertProfile(List.of(), List.of(), List.of(), true, null));
	}

	@Test
	void acceptsAnUnavailableExpertWithAReturnDateFromToday() {
		assertThat(profile(List.of("AI"), false, TODAY).violations(EXPERT, TODAY)).isEmpty();
		assertThat(profile(List.of("AI"), false, null).violations(EXPERT, TODAY)).isEmpty();
		assertThat(profile(List.of("AI"), true, null).violations(EXPERT, TODAY)).isEmpty();
	}

	@Test
	void refusesAReturnDateWhileAvailableOrInThePast() {
		assertThat(profile(List.of("AI"), true, TODAY.plusDays(3)).violations(EXPERT, TODAY))
			.extracting(RuleViolation::rule)
			.containsExactly("unavailable-until-while-available");
		assertThat(profile(List.of("AI"), false, TODAY.minusDays(1)).violations(EXPERT, TODAY))
			.extracting(RuleViolation::field, RuleViolation::rule)
			.containsExactly(tuple("unavailableUntil", "in-the-past"));
	}

	@Test
	void refusesAConflictDeclaredWithOneself() {
		ExpertProfile profile = new ExpertProfile(List.of("AI"), List.of(), List.of(COLLEAGUE, EXPERT), true, null);

		assertThat(profile.violations(EXPERT, TODAY)).extracting(RuleViolation::field, RuleViolation::rule)
			.containsExactly(tuple("conflictResearcherIds", "conflict-with-self"));
	}

	@Test
	void letsAnExpertChangeItsAvailabilityAndConflictsButNotItsReviewFields() {
		Expert expert = Expert.register(EXPERT, profile(List.of("AI", "robotics"), true, null), NOW);
		ExpertProfile away = new ExpertProfile(List.of("robotics", "AI"), List.of(UNIVERSITY), List.of(COLLEAGUE), false,
				TODAY.plusMonths(2));

		Expert changed = expert.updateBySelf(away, NOW.plusSeconds(60));

		assertThat(expert.isSelfServiceChange(away)).isTrue();
		assertThat(expert.isSelfServiceChange(profile(List.of("AI"), true, null))).isFalse();
		assertThat(expert.isSelfServiceChange(profile(List.of("AI", "robotics", "biology"), true, null))).isFalse();
		assertThat(changed.profile().reviewFields()).containsExactly("AI", "robotics");
		assertThat(changed.profile().conflictOrganisationIds()).containsExactly(UNIVERSITY);
		assertThat(changed.profile().conflictResearcherIds()).containsExactly(COLLEAGUE);
		assertThat(changed.profile().available()).isFalse();
		assertThat(changed.profile().unavailableUntil()).isEqualTo(TODAY.plusMonths(2));
		assertThat(changed.updatedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(changed.createdAt()).isEqualTo(NOW);
	}

	@Test
	void letsAnOfficerChangeEverything() {
		Expert expert = Expert.register(EXPERT, profile(List.of("AI"), true, null), NOW);

		Expert changed = expert.update(profile(List.of("biology"), false, null), NOW.plusSeconds(60));

		assertThat(changed.id()).isEqualTo(EXPERT);
		assertThat(changed.version()).isZero();
		assertThat(changed.profile().reviewFields()).containsExactly("biology");
		assertThat(changed.profile().available()).isFalse();
	}

	@Test
	void recordsTheAvailabilityAsItsState() {
		assertThat(Expert.register(EXPERT, profile(List.of("AI"), true, null), NOW).status()).isEqualTo("AVAILABLE");
		assertThat(Expert.register(EXPERT, profile(List.of("AI"), false, null), NOW).status()).isEqualTo("UNAVAILABLE");
	}

	private static ExpertProfile profile(List<String> fields, boolean available, LocalDate until) {
		return new ExpertProfile(fields, List.of(), List.of(), available, until);
	}

}
