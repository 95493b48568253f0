package org.scibureau.local.seed;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DemoDataTests {

	private static final DemoDirectory DIRECTORY = DemoDirectoryTests.theAuthServersDirectory();

	/** 16:30 UTC is already the next day in Chengdu. */
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T16:30:00Z"), ZoneOffset.UTC);

	@Test
	void everyOrganisationKindIsAnOrganisationTypeOfThePlanService() {
		assertThat(DemoData.organisations(DIRECTORY)).extracting(OrganisationSeed::type)
			.containsExactly("UNIVERSITY", "UNIVERSITY", "ENTERPRISE", "HOSPITAL", "RESEARCH_INSTITUTE", "ENTERPRISE");
	}

	@Test
	void everyTalentOfTheDirectoryIsAResearcherWithAProfile() {
		List<ResearcherSeed> researchers = DemoData.researchers(DIRECTORY);

		assertThat(researchers).extracting(ResearcherSeed::id)
			.containsExactlyElementsOf(DIRECTORY.talents().stream().map(DemoDirectory.Talent::id).toList());
		assertThat(researchers).allSatisfy((researcher) -> {
			assertThat(researcher.fields()).isNotEmpty().doesNotHaveDuplicates();
			assertThat(researcher.tier()).matches("[A-F]");
			assertThat(researcher.title()).isNotBlank();
		});
	}

	@Test
	void aTalentWithoutResearchProfileIsRefused() {
		DemoDirectory directory = new DemoDirectory(DIRECTORY.organisations(),
				List.of(new DemoDirectory.Talent("newcomer", UUID.randomUUID(), "新人", "scu", null)));

		assertThatExceptionOfType(SeedingException.class).isThrownBy(() -> DemoData.researchers(directory))
			.withMessageContaining("'newcomer' has no research profile");
	}

	@Test
	void everyExpertReviewsInAPriorityAreaOfADemoPlan() {
		Set<String> priorityAreas = DemoData.plans()
			.stream()
			.flatMap((plan) -> plan.priorityAreas().stream())
			.collect(Collectors.toSet());

		assertThat(DemoData.experts(DIRECTORY, CLOCK)).hasSize(8)
			.allSatisfy((expert) -> assertThat(expert.reviewFields()).containsAnyElementsOf(priorityAreas));
	}

	@Test
	void expertsAreResearchersAndDeclareConflictsWithDemoOrganisationsAndResearchers() {
		Set<UUID> researchers = DemoData.researchers(DIRECTORY)
			.stream()
			.map(ResearcherSeed::id)
			.collect(Collectors.toSet());
		Set<UUID> organisations = DemoData.organisations(DIRECTORY)
			.stream()
			.map(OrganisationSeed::id)
			.collect(Collectors.toSet());
		List<ExpertSeed> experts = DemoData.experts(DIRECTORY, CLOCK);

		assertThat(experts).extracting(ExpertSeed::researcherId).doesNotHaveDuplicates().allMatch(researchers::contains);
		assertThat(experts).flatExtracting(ExpertSeed::conflictResearcherIds)
			.hasSize(3)
			.allMatch(researchers::contains);
		assertThat(experts).flatExtracting(ExpertSeed::conflictOrganisationIds)
			.containsExactly(DIRECTORY.organisation("rongxin-biotech").id())
			.allMatch(organisations::contains);
		assertThat(experts).allSatisfy((expert) -> assertThat(expert.conflictResearcherIds())
			.doesNotContain(expert.researcherId()));
	}

	@Test
	void theUnavailableExpertIsBackAMonthAfterTodayInChengdu() {
		List<ExpertSeed> unavailable = DemoData.experts(DIRECTORY, CLOCK)
			.stream()
			.filter((expert) -> !expert.available())
			.toList();

		assertThat(unavailable).singleElement().satisfies((expert) -> {
			assertThat(expert.researcherId()).isEqualTo(DIRECTORY.talent("yang-xue").id());
			assertThat(expert.unavailableUntil()).isEqualTo(LocalDate.of(2027, 1, 1));
		});
	}

	@Test
	void anExpertNamingATalentTheDirectoryLacksIsRefused() {
		DemoDirectory withoutZhaoLei = new DemoDirectory(DIRECTORY.organisations(),
				DIRECTORY.talents().stream().filter((talent) -> !talent.key().equals("zhao-lei")).toList());

		assertThatExceptionOfType(SeedingException.class)
			.isThrownBy(() -> DemoData.experts(withoutZhaoLei, CLOCK))
			.withMessage("The demo directory has no talent 'zhao-lei'");
	}

}
