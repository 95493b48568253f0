package org.scibureau.plan.project.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A planned milestone of a project: what is delivered by when. Its id stays the same across edits, since a
 * tranche may be released by its acceptance.
 *
 * @param id the milestone
 * @param title what the milestone is
 * @param dueDate when it is due, within the project's period
 * @param deliverable what proves it is reached, e.g. a prototype, a test report, a paper
 */
public record Milestone(UUID id, String title, LocalDate dueDate, String deliverable) {
}
