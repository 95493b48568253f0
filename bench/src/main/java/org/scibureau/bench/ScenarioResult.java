package org.scibureau.bench;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one scenario measured.
 *
 * @param scenario its name, e.g. {@code gateway-hop}
 * @param title a line saying what it compares
 * @param measurements its measurements, in the order they ran
 * @param goals its goals, each met or not
 * @param notes how it ran: pinning, client classes, what bounds a missed goal
 * @param skipped why it did not run, or {@code null}
 */
public record ScenarioResult(String scenario, String title, List<Measurement> measurements, List<Goal> goals,
		List<String> notes, @Nullable String skipped) {

	public ScenarioResult {
		measurements = List.copyOf(measurements);
		goals = List.copyOf(goals);
		notes = List.copyOf(notes);
	}

	/**
	 * This result with one more note at the end.
	 * @param note the note
	 * @return a copy with the note
	 */
	public ScenarioResult withNote(String note) {
		List<String> more = new ArrayList<>(this.notes);
		more.add(note);
		return new ScenarioResult(this.scenario, this.title, this.measurements, this.goals, more, this.skipped);
	}

}
