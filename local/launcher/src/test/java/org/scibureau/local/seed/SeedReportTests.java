package org.scibureau.local.seed;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.scibureau.local.seed.SeedReport.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class SeedReportTests {

	@Test
	void addsUpItemsByKindAndActions() {
		SeedReport report = SeedReport.NOTHING.plus(SeedReport.of(Kind.PLAN, true, 2))
			.plus(SeedReport.of(Kind.ORGANISATION, true, 0))
			.plus(SeedReport.of(Kind.PLAN, false, 1))
			.plus(SeedReport.of(Kind.PLAN, true, 0));

		assertThat(report.created()).containsExactly(entry(Kind.ORGANISATION, 1), entry(Kind.PLAN, 2));
		assertThat(report.found()).containsExactly(entry(Kind.PLAN, 1));
		assertThat(report.actions()).isEqualTo(3);
		assertThat(report.created(Kind.CALL)).isZero();
	}

	@Test
	void leavesOutKindsWithoutItemsSoThatEqualReportsAreEqual() {
		SeedReport report = new SeedReport(Map.of(Kind.PLAN, 0, Kind.CALL, 2), Map.of(), 0);

		assertThat(report).isEqualTo(new SeedReport(Map.of(Kind.CALL, 2), Map.of(), 0));
		assertThat(report.created()).containsOnlyKeys(Kind.CALL);
	}

	@Test
	void summarisesWhatWasCreatedInSeedingOrder() {
		SeedReport report = new SeedReport(Map.of(Kind.CALL, 6, Kind.ORGANISATION, 1, Kind.EXPERT, 8), Map.of(), 4);

		assertThat(report.summary()).isEqualTo("1 organisation, 8 experts and 6 calls created, 4 state changes");
	}

	@Test
	void summarisesARunThatOnlyFinishedItemsAnEarlierRunLeftHalfDone() {
		SeedReport report = new SeedReport(Map.of(), Map.of(Kind.PLAN, 3, Kind.CALL, 6), 1);

		assertThat(report.nothingToDo()).isFalse();
		assertThat(report.summary()).isEqualTo("no items created, 1 state change; 9 items already there");
	}

	@Test
	void summarisesARunThatHadNothingToDo() {
		SeedReport report = new SeedReport(Map.of(), Map.of(Kind.RESEARCHER, 1, Kind.CALL, 6), 0);

		assertThat(report.nothingToDo()).isTrue();
		assertThat(report.summary()).isEqualTo("nothing added: 1 researcher and 6 calls already there");
	}

}
