package org.scibureau.plan.review.domain;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An expert's score sheet as the review keeps it: the scores, the expert's comment and when it was last submitted.
 *
 * @param sheet the scores per criterion
 * @param comment the expert's remarks, if any
 * @param submittedAt when the sheet was submitted or last revised
 */
public record SubmittedSheet(ScoreSheet sheet, @Nullable String comment, Instant submittedAt) {

	public SubmittedSheet {
		Objects.requireNonNull(sheet, "sheet");
		Objects.requireNonNull(submittedAt, "submittedAt");
	}

}
