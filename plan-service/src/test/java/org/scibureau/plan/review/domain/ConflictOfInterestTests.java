package org.scibureau.plan.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.scibureau.plan.review.domain.ReviewFixtures.APPLICANT;
import static org.scibureau.plan.review.domain.ReviewFixtures.OTHER_ORGANISATION;
import static org.scibureau.plan.review.domain.ReviewFixtures.PI;
import static org.scibureau.plan.review.domain.ReviewFixtures.TEAM_MEMBER;
import static org.scibureau.plan.review.domain.ReviewFixtures.expert;
import static org.scibureau.plan.review.domain.ReviewFixtures.id;
import static org.scibureau.plan.review.domain.ReviewFixtures.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ConflictOfInterestTests {

	private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 5, 10);

	private static final UUID PROJECT = id(1);

	private static final UUID EXPERT = id(300);

	private final ConflictOfInterest noHistory = new ConflictOfInterest(3, REFERENCE_DATE, List.of());

	@Test
	void findsNoConflictForAnUnrelatedAvailableExpert() {
		assertThat(this.noHistory.between(project(PROJECT, "ai"), expert(EXPERT, "ai"))).isEmpty();
	}

	@Test
	void excludesAnExpertOfTheApplicantOrganisation() {
		Expert colleague = new Expert(EXPERT, APPLICANT, List.of(), Set.of(), Set.of(), true);

		assertThat(this.noHistory.between(project(PROJECT), colleague)).singleElement()
			.isEqualTo(new Conflict(PROJECT, EXPERT, ConflictKind.SAME_ORGANISATION, APPLICANT, null));
	}

	@Test
	void doesNotTakeAnExpertWithoutOrganisationForAColleague() {
		Expert independent = new Expert(EXPERT, null, List.of(), Set.of(), Set.of(), true);

		assertThat(this.noHistory.between(project(PROJECT), independent)).isEmpty();
	}

	@Test
	void excludesThePrincipalInvestigatorAndTheTeamMembers() {
		assertThat(this.noHistory.between(project(PROJECT), expert(PI))).extracting(Conflict::kind)
			.containsExactly(ConflictKind.TEAM_MEMBER);
		assertThat(this.noHistory.between(project(PROJECT), expert(TEAM_MEMBER))).extracting(Conflict::kind)
			.containsExactly(ConflictKind.TEAM_MEMBER);
	}

	@Test
	void excludesAnExpertWhoDeclaredAConflictWithTheApplicant() {
		Expert declaring = new Expert(EXPERT, OTHER_ORGANISATION, List.of(), Set.of(APPLICANT), Set.of(), true);

		assertThat(this.noHistory.between(project(PROJECT), declaring)).singleElement()
			.isEqualTo(new Conflict(PROJECT, EXPERT, ConflictKind.DECLARED_ORGANISATION, APPLICANT, null));
	}

	@Test
	void reportsEachDeclaredResearcherOnTheProjectAndIgnoresOthers() {
		Expert declaring = new Expert(EXPERT, OTHER_ORGANISATION, List.of(), Set.of(),
				Set.of(TEAM_MEMBER, PI, id(999)), true);

		assertThat(this.noHistory.between(project(PROJECT), declaring))
			.extracting(Conflict::kind, Conflict::subjectId)
			.containsExactly(tuple(ConflictKind.DECLARED_RESEARCHER, PI),
					tuple(ConflictKind.DECLARED_RESEARCHER, TEAM_MEMBER));
	}

	@Test
	void excludesAnExpertWhoWorkedWithThePrincipalInvestigatorNamingTheProject() {
		Collaboration earlier = new Collaboration(id(50), LocalDate.of(2025, 1, 1), Set.of(PI, EXPERT));
		ConflictOfInterest rules = new ConflictOfInterest(3, REFERENCE_DATE, List.of(earlier));

		assertThat(rules.between(project(PROJECT), expert(EXPERT))).singleElement()
			.isEqualTo(new Conflict(PROJECT, EXPERT, ConflictKind.COLLABORATION, id(50), LocalDate.of(2025, 1, 1)));
	}

	@Test
	void countsACollaborationExactlyTheLookbackAgoButNotADayEarlier() {
		Collaboration onTheBoundary = new Collaboration(id(50), LocalDate.of(2023, 5, 10), Set.of(PI, EXPERT));
		Collaboration justBefore = new Collaboration(id(51), LocalDate.of(2023, 5, 9), Set.of(PI, EXPERT));
		ConflictOfInterest rules = new ConflictOfInterest(3, REFERENCE_DATE, List.of(onTheBoundary, justBefore));

		assertThat(rules.between(project(PROJECT), expert(EXPERT))).extracting(Conflict::subjectId)
			.containsExactly(id(50));
	}

	@Test
	void takesTheLookbackFromTheRules() {
		Collaboration fiveYearsAgo = new Collaboration(id(50), LocalDate.of(2021, 6, 1), Set.of(PI, EXPERT));

		assertThat(new ConflictOfInterest(3, REFERENCE_DATE, List.of(fiveYearsAgo))
			.between(project(PROJECT), expert(EXPERT))).isEmpty();
		assertThat(new ConflictOfInterest(5, REFERENCE_DATE, List.of(fiveYearsAgo))
			.between(project(PROJECT), expert(EXPERT))).hasSize(1);
	}

	@Test
	void countsAProjectThatStartsAfterTheReferenceDate() {
		Collaboration upcoming = new Collaboration(id(50), LocalDate.of(2026, 9, 1), Set.of(PI, EXPERT));

		assertThat(new ConflictOfInterest(0, REFERENCE_DATE, List.of(upcoming))
			.between(project(PROJECT), expert(EXPERT))).extracting(Conflict::kind)
			.containsExactly(ConflictKind.COLLABORATION);
	}

	@Test
	void ignoresCollaborationsWithoutThePrincipalInvestigator() {
		Collaboration withTeamMember = new Collaboration(id(50), LocalDate.of(2025, 1, 1),
				Set.of(TEAM_MEMBER, EXPERT));
		Collaboration withoutExpert = new Collaboration(id(51), LocalDate.of(2025, 1, 1), Set.of(PI, id(999)));
		ConflictOfInterest rules = new ConflictOfInterest(3, REFERENCE_DATE, List.of(withTeamMember, withoutExpert));

		assertThat(rules.between(project(PROJECT), expert(EXPERT))).isEmpty();
	}

	@Test
	void doesNotCountTheProjectUnderReviewAsACollaboration() {
		Collaboration itself = new Collaboration(PROJECT, LocalDate.of(2026, 3, 1), Set.of(PI, TEAM_MEMBER));
		ConflictOfInterest rules = new ConflictOfInterest(3, REFERENCE_DATE, List.of(itself));

		assertThat(rules.between(project(PROJECT), expert(TEAM_MEMBER))).extracting(Conflict::kind)
			.containsExactly(ConflictKind.TEAM_MEMBER);
	}

	@Test
	void doesNotReportThePrincipalInvestigatorsOwnProjectsAsCollaborations() {
		Collaboration own = new Collaboration(id(50), LocalDate.of(2025, 1, 1), Set.of(PI));
		ConflictOfInterest rules = new ConflictOfInterest(3, REFERENCE_DATE, List.of(own));

		assertThat(rules.between(project(PROJECT), expert(PI))).extracting(Conflict::kind)
			.containsExactly(ConflictKind.TEAM_MEMBER);
	}

	@Test
	void excludesAnUnavailableExpert() {
		Expert away = new Expert(EXPERT, OTHER_ORGANISATION, List.of("ai"), Set.of(), Set.of(), false);

		assertThat(this.noHistory.between(project(PROJECT, "ai"), away)).singleElement()
			.isEqualTo(new Conflict(PROJECT, EXPERT, ConflictKind.UNAVAILABLE, null, null));
	}

	@Test
	void reportsEveryConflictOfOneExpertInKindOrder() {
		Expert entangled = new Expert(TEAM_MEMBER, APPLICANT, List.of(), Set.of(APPLICANT), Set.of(PI), false);
		Collaboration older = new Collaboration(id(51), LocalDate.of(2024, 1, 1), Set.of(PI, TEAM_MEMBER));
		Collaboration newer = new Collaboration(id(50), LocalDate.of(2025, 1, 1), Set.of(PI, TEAM_MEMBER));
		ConflictOfInterest rules = new ConflictOfInterest(3, REFERENCE_DATE, List.of(newer, older));

		assertThat(rules.between(project(PROJECT), entangled)).extracting(Conflict::kind, Conflict::subjectId)
			.containsExactly(tuple(ConflictKind.SAME_ORGANISATION, APPLICANT), tuple(ConflictKind.TEAM_MEMBER, null),
					tuple(ConflictKind.DECLARED_ORGANISATION, APPLICANT), tuple(ConflictKind.DECLARED_RESEARCHER, PI),
					tuple(ConflictKind.COLLABORATION, id(51)), tuple(ConflictKind.COLLABORATION, id(50)),
					tuple(ConflictKind.UNAVAILABLE, null));
	}

	@Test
	void findsTheConflictsOfEveryPairOfABatch() {
		List<ProjectProfile> projects = List.of(project(id(1)), project(id(2)));
		List<Expert> experts = List.of(expert(PI), expert(EXPERT));

		assertThat(this.noHistory.among(projects, experts)).extracting(Conflict::projectId, Conflict::expertId)
			.containsExactly(tuple(id(1), PI), tuple(id(2), PI));
	}

	@Test
	void refusesANegativeLookback() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ConflictOfInterest(-1, REFERENCE_DATE, List.of()));
	}

}
