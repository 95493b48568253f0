package org.scibureau.plan.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.scibureau.platform.domain.IllegalTransition;
import org.scibureau.platform.domain.RuleViolation;

class PlanTests {

	private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

	@Test
	void publishesADraftOnlyAfterReview() {
		Plan draft = Plan.draft(UUID.randomUUID(), "PLN-2026-000001", annual(), NOW);

		Plan published = draft.submit(NOW).publish(NOW.plusSeconds(60));

		assertThat(published.status()).isEqualTo(PlanStatus.PUBLISHED);
		assertThat(published.publishedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(published.allowedActions()).containsExactly("revise");
	}

	@Test
	void refusesToPublishADraftNamingWhatIsAllowed() {
		Plan draft = Plan.draft(UUID.randomUUID(), "PLN-2026-000001", annual(), NOW);

		assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> draft.publish(NOW))
			.satisfies((refused) -> {
				assertThat(refused.currentState()).isEqualTo("DRAFT");
				assertThat(refused.allowedActions()).containsExactly("update", "submit");
			});
	}

	@Test
	void refusesToReviseAPublishedPlan() {
		Plan published = Plan.draft(UUID.randomUUID(), "PLN-2026-000001", annual(), NOW).submit(NOW).publish(NOW);

		assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> published.revise(annual(), NOW));
	}

	@Test
	void draftsARevisionAsTheNextVersionKeepingReferenceContentAndProgramIds() {
		Plan published = Plan.draft(UUID.randomUUID(), "PLN-2026-000001", annual(), NOW).submit(NOW).publish(NOW);
		UUID revisionId = UUID.randomUUID();

		Plan revision = published.startRevision(revisionId, NOW.plusSeconds(5));

		assertThat(revision.id()).isEqualTo(revisionId);
		assertThat(revision.reference()).isEqualTo("PLN-2026-000001");
		assertThat(revision.revision()).isEqualTo(2);
		assertThat(revision.supersedes()).isEqualTo(published.id());
		assertThat(revision.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(revision.publishedAt()).isNull();
		assertThat(revision.content()).isEqualTo(published.content());
		assertThat(revision.revise(annual(), NOW).status()).isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void revisesOnlyAPublishedVersion() {
		Plan draft = Plan.draft(UUID.randomUUID(), "PLN-2026-000001", annual(), NOW);
		Plan published = draft.submit(NOW).publish(NOW);
		Plan archived = published.archive(UUID.randomUUID(), NOW);

		assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> draft.startRevision(UUID.randomUUID(), NOW))
			.satisfies((refused) -> assertThat(refused.action()).isEqualTo("revise"));
		assertThatExceptionOfType(IllegalTransition.class)
			.isThrownBy(() -> archived.startRevision(UUID.randomUUID(), NOW))
			.satisfies((refused) -> {
				assertThat(refused.currentState()).isEqualTo("ARCHIVED");
				assertThat(refused.allowedActions()).isEmpty();
			});
	}

	@Test
	void archivesOnlyAPublishedVersionNamingItsSuccessor() {
		Plan published = Plan.draft(UUID.randomUUID(), "PLN-2026-000001", annual(), NOW).submit(NOW).publish(NOW);
		UUID successor = UUID.randomUUID();

		Plan archived = published.archive(successor, NOW.plusSeconds(9));

		assertThat(archived.status()).isEqualTo(PlanStatus.ARCHIVED);
		assertThat(archived.supersededBy()).isEqualTo(successor);
		assertThat(archived.publishedAt()).isEqualTo(NOW);
		assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> archived.archive(successor, NOW));
		assertThatExceptionOfType(IllegalTransition.class)
			.isThrownBy(() -> Plan.draft(UUID.randomUUID(), "PLN-2026-000002", annual(), NOW).archive(successor, NOW));
	}

	@Test
	void returnsAPlanUnderReviewToItsDrafter() {
		Plan returned = Plan.draft(UUID.randomUUID(), "PLN-2026-000001", annual(), NOW).submit(NOW).returnForRevision(NOW);

		assertThat(returned.status()).isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void reportsEveryBrokenContentRule() {
		UUID programId = UUID.randomUUID();
		Program first = new Program(programId, "Key R&D", "biomedicine", "High-tech", new BigDecimal("10.00"), null);
		Program sameName = new Program(programId, "Key R&D", "space", "High-tech", new BigDecimal("5.00"), null);
		PlanContent content = new PlanContent(PlanKind.MEDIUM_LONG_TERM, "Plan", 2026, 2027, "510100",
				List.of("biomedicine", "biomedicine"), List.of(), List.of(first, sameName));

		assertThat(content.violations()).extracting(RuleViolation::field, RuleViolation::rule)
			.containsExactlyInAnyOrder(tuple("periodEnd", "period-length"),
					tuple("priorityAreas[1]", "duplicate"),
					tuple("programs[1].priorityArea", "unknown-priority-area"),
					tuple("programs[1].name", "duplicate"),
					tuple("programs[1].id", "duplicate"));
	}

	@Test
	void acceptsFiveToFifteenYearsForAMediumLongTermPlan() {
		assertThat(PlanKind.MEDIUM_LONG_TERM.allows(5)).isTrue();
		assertThat(PlanKind.MEDIUM_LONG_TERM.allows(15)).isTrue();
		assertThat(PlanKind.MEDIUM_LONG_TERM.allows(4)).isFalse();
		assertThat(PlanKind.ANNUAL.allows(1)).isTrue();
		assertThat(PlanKind.ANNUAL.allows(2)).isFalse();
	}

	@Test
	void rejectsMoneyWithMoreThanTwoDecimals() {
		assertThatExceptionOfType(ArithmeticException.class).isThrownBy(
				() -> new Program(UUID.randomUUID(), "P", "a", "d", new BigDecimal("1.005"), null));
	}

	private static PlanContent annual() {
		return new PlanContent(PlanKind.ANNUAL, "Annual plan 2026", 2026, 2026, "510100", List.of("biomedicine"),
				List.of(new Target("R&D share of GDP", "%", new BigDecimal("3.2"), new BigDecimal("3.4"))),
				List.of(new Program(UUID.randomUUID(), "Key R&D — Biomedicine", "biomedicine", "High-tech",
						new BigDecimal("50000000"), "Project Management Centre")));
	}

}
