package org.scibureau.plan.review;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of submitting or revising a score sheet; the review's criteria say what a complete sheet is.
 *
 * @param scores the score per criterion code, each from 0 to 100
 * @param comment the expert's remarks, if any
 */
record ScoreSheetRequest(@NotNull @Size(max = 50) Map<@NotNull @Size(max = 50) String, @NotNull Integer> scores,
		@Nullable @Size(max = 5000) String comment) {
}
