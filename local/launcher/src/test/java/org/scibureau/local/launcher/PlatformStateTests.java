package org.scibureau.local.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformStateTests {

	@TempDir
	Path directory;

	@Test
	void withoutAStateFileNothingWasStarted() {
		PlatformState state = PlatformState.read(this.directory.resolve("run/state.properties"));

		assertThat(state.phase()).isEqualTo(PlatformState.Phase.NOT_STARTED);
		assertThat(state.seeding()).isEqualTo(PlatformState.Seeding.NOT_REQUESTED);
	}

	@Test
	void readsWhatTheSupervisorWrote() {
		Path file = this.directory.resolve("run/state.properties");
		StateFile writer = new StateFile(file);

		writer.set("supervisorPid", "4242");
		writer.set("demo", "true");
		writer.set("detached", "true");
		writer.set("startedAt", "2026-11-25T10:00:00Z");
		writer.component("plan", "ready");
		writer.component("gateway", "up");
		writer.seeding(PlatformState.Seeding.FINISHED);
		writer.set("seedingSummary", "3 plans and 6 calls created, 13 state changes");
		writer.phase(PlatformState.Phase.READY);
		PlatformState state = PlatformState.read(file);

		assertThat(state.phase()).isEqualTo(PlatformState.Phase.READY);
		assertThat(state.supervisorPid()).isEqualTo(4242L);
		assertThat(state.demo()).isTrue();
		assertThat(state.detached()).isTrue();
		assertThat(state.startedAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
		assertThat(state.seeding()).isEqualTo(PlatformState.Seeding.FINISHED);
		assertThat(state.seedingSummary()).isEqualTo("3 plans and 6 calls created, 13 state changes");
		assertThat(state.components()).containsEntry("plan", "ready").containsEntry("gateway", "up");
	}

	@Test
	void aNewRunForgetsThePreviousRunsState() {
		Path file = this.directory.resolve("state.properties");
		StateFile writer = new StateFile(file);
		writer.seeding(PlatformState.Seeding.FINISHED);
		writer.phase(PlatformState.Phase.READY);

		writer.reset();
		writer.phase(PlatformState.Phase.STARTING);
		PlatformState state = PlatformState.read(file);

		assertThat(state.phase()).isEqualTo(PlatformState.Phase.STARTING);
		assertThat(state.seeding()).isEqualTo(PlatformState.Seeding.NOT_REQUESTED);
	}

	@Test
	void unknownValuesReadAsTheirDefaults() throws Exception {
		Path file = this.directory.resolve("state.properties");
		Files.writeString(file, "phase=levitating\nsupervisorPid=abc\nstartedAt=yesterday\n");

		PlatformState state = PlatformState.read(file);

		assertThat(state.phase()).isEqualTo(PlatformState.Phase.NOT_STARTED);
		assertThat(state.supervisorPid()).isNull();
		assertThat(state.startedAt()).isNull();
	}

}
