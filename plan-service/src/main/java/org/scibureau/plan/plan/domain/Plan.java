package org.scibureau.plan.plan.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A medium/long-term or annual S&amp;T plan with its priority areas, targets and programs.
 * <p>
 * A draft may be edited and submitted for review; a plan under review is published or returned to its drafter;
 * a published plan is immutable (a revision will be a new version that supersedes it). Every method guards the
 * state and returns the plan as it is after the action.
 *
 * @param id the plan
 * @param reference the officials' reference, e.g. {@code PLN-2026-000001}
 * @param content what the plan says
 * @param status where the plan is in its life
 * @param version the optimistic-locking version, also the ETag
 * @param createdAt when it was drafted
 * @param updatedAt when it last changed
 * @param publishedAt when it was published, if it was
 */
public record Plan(UUID id, String reference, PlanContent content, PlanStatus status, long version,
		Instant createdAt, Instant updatedAt, @Nullable Instant publishedAt) {

	public Plan {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(content, "content");
	}

	/** A new draft. */
	public static Plan draft(UUID id, String reference, PlanContent content, Instant now) {
		return new Plan(id, reference, content, PlanStatus.DRAFT, 0, now, now, null);
	}

	/** The draft with new content. */
	public Plan revise(PlanContent newContent, Instant now) {
		this.status.requireEditable();
		return new Plan(this.id, this.reference, newContent, this.status, this.version, this.createdAt, now,
				this.publishedAt);
	}

	/** The draft, submitted for review. */
	public Plan submit(Instant now) {
		return withStatus(this.status.submit(), now, this.publishedAt);
	}

	/** The reviewed plan, returned to its drafter for revision. */
	public Plan returnForRevision(Instant now) {
		return withStatus(this.status.returnForRevision(), now, this.publishedAt);
	}

	/** The reviewed plan, published: from now on it is immutable and its programs may fund calls. */
	public Plan publish(Instant now) {
		return withStatus(this.status.publish(), now, now);
	}

	/** The program of this plan with the given id, if it has one. */
	public @Nullable Program program(UUID programId) {
		return this.content.programs().stream().filter((program) -> program.id().equals(programId)).findFirst().orElse(null);
	}

	/** The actions the plan's state allows. */
	public List<String> allowedActions() {
		return this.status.allowedActions();
	}

	private Plan withStatus(PlanStatus newStatus, Instant now, @Nullable Instant published) {
		return new Plan(this.id, this.reference, this.content, newStatus, this.version, this.createdAt, now, published);
	}

}
