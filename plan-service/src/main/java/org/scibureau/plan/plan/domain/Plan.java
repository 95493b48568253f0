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
 * a published plan is immutable. A revision of a published plan is a new version (its own id, the same reference,
 * the next revision number) drafted from the published content; when the revision is published the version it
 * supersedes is archived and stays readable. Programs keep their ids from version to version. Every method guards
 * the state and returns the plan as it is after the action.
 *
 * @param id the plan version
 * @param reference the officials' reference, e.g. {@code PLN-2026-000001}, shared by all versions of the plan
 * @param revision the version's number: 1 for the original plan, then one more per revision
 * @param supersedes the published version this revision replaces, if it is a revision
 * @param supersededBy the version that replaced this one, once it is archived
 * @param content what the plan says
 * @param status where the plan is in its life
 * @param version the optimistic-locking version, also the ETag
 * @param createdAt when it was drafted
 * @param updatedAt when it last changed
 * @param publishedAt when it was published, if it was
 */
public record Plan(UUID id, String reference, int revision, @Nullable UUID supersedes, @Nullable UUID supersededBy,
		PlanContent content, PlanStatus status, long version, Instant createdAt, Instant updatedAt,
		@Nullable Instant publishedAt) {

	public Plan {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(content, "content");
	}

	/** A new draft. */
	public static Plan draft(UUID id, String reference, PlanContent content, Instant now) {
		return new Plan(id, reference, 1, null, null, content, PlanStatus.DRAFT, 0, now, now, null);
	}

	/**
	 * A draft revision of this published plan: the next version, starting from this version's content and keeping
	 * its programs' ids.
	 */
	public Plan startRevision(UUID revisionId, Instant now) {
		this.status.requireRevisable();
		return new Plan(revisionId, this.reference, this.revision + 1, this.id, null, this.content, PlanStatus.DRAFT, 0,
				now, now, null);
	}

	/** This published version, archived because {@code revision} superseded it; it stays readable. */
	public Plan archive(UUID revisionId, Instant now) {
		return new Plan(this.id, this.reference, this.revision, this.supersedes, revisionId, this.content,
				this.status.archive(), this.version, this.createdAt, now, this.publishedAt);
	}

	/** This plan as stored with a new optimistic-locking version. */
	public Plan withVersion(long newVersion) {
		return new Plan(this.id, this.reference, this.revision, this.supersedes, this.supersededBy, this.content,
				this.status, newVersion, this.createdAt, this.updatedAt, this.publishedAt);
	}

	/** The draft with new content. */
	public Plan revise(PlanContent newContent, Instant now) {
		this.status.requireEditable();
		return new Plan(this.id, this.reference, this.revision, this.supersedes, this.supersededBy, newContent,
				this.status, this.version, this.createdAt, now, this.publishedAt);
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
		return new Plan(this.id, this.reference, this.revision, this.supersedes, this.supersededBy, this.content,
				newStatus, this.version, this.createdAt, now, published);
	}

}
