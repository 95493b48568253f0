package org.scibureau.plan.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.plan.review.domain.Collaboration;
import org.scibureau.plan.review.domain.ProjectProfile;
import org.scibureau.platform.id.References;

/**
 * What the expert review reads of the project table: the projects of a call awaiting review, the platform's history
 * of who worked with whom, and what a program approved in a fiscal year. Projects change only through the project
 * feature; this reads their queryable columns.
 */
@Repository
class ProjectFacts {

	private final DatabaseClient database;

	ProjectFacts(DatabaseClient database) {
		this.database = database;
	}

	/** The call's projects in expert review, as the assignment sees them, in id order. */
	Flux<ProjectProfile> awaitingReview(UUID callId) {
		return this.database.sql("""
				select id, organisation_id, pi_id, team_member_ids, fields from project
				where call_id = :callId and status = 'EXPERT_REVIEW' order by id""")
			.bind("callId", callId)
			.map((row) -> new ProjectProfile(row.get("id", UUID.class), row.get("organisation_id", UUID.class),
					row.get("pi_id", UUID.class), Set.copyOf(uuids(row, "team_member_ids")), strings(row, "fields")))
			.all();
	}

	/**
	 * The projects submitted on or after {@code since} (Asia/Shanghai) in which any of the researchers took part, as
	 * principal investigator or team member, each dated by its submission day. Drafts never count: only a submitted
	 * application makes people co-applicants.
	 */
	Flux<Collaboration> collaborations(Collection<UUID> researcherIds, LocalDate since) {
		if (researcherIds.isEmpty()) {
			return Flux.empty();
		}
		UUID[] researchers = researcherIds.toArray(UUID[]::new);
		return this.database.sql("""
				select id, pi_id, team_member_ids, submitted_at from project
				where status <> 'DRAFT' and submitted_at >= :since
				  and (pi_id = any(:researchers) or team_member_ids && :researchers)""")
			.bind("since", since.atStartOfDay(References.BUREAU_ZONE).toInstant())
			.bind("researchers", researchers)
			.map((row) -> {
				Set<UUID> participants = new HashSet<>(uuids(row, "team_member_ids"));
				participants.add(row.get("pi_id", UUID.class));
				return new Collaboration(row.get("id", UUID.class),
						row.get("submitted_at", Instant.class).atZone(References.BUREAU_ZONE).toLocalDate(),
						participants);
			})
			.all();
	}

	/** The facts officials recognise the projects by, in id order. */
	Flux<ProjectSummary> summaries(Collection<UUID> projectIds) {
		return this.database.sql("""
				select id, reference, title, fields, requested_amount, status, created_at, submitted_at from project
				where id = any(:ids) order by id""")
			.bind("ids", projectIds.toArray(UUID[]::new))
			.map((row) -> {
				Instant submittedAt = row.get("submitted_at", Instant.class);
				return new ProjectSummary(row.get("id", UUID.class), row.get("reference", String.class),
						row.get("title", String.class), strings(row, "fields"),
						row.get("requested_amount", BigDecimal.class), row.get("status", String.class),
						(submittedAt != null) ? submittedAt : row.get("created_at", Instant.class));
			})
			.all();
	}

	private static List<String> strings(Readable row, String column) {
		String[] values = row.get(column, String[].class);
		return (values != null) ? Arrays.asList(values) : List.of();
	}

	private static List<UUID> uuids(Readable row, String column) {
		UUID[] values = row.get(column, UUID[].class);
		return (values != null) ? Arrays.asList(values) : List.of();
	}

	/**
	 * A project as a review lists it.
	 *
	 * @param id the project
	 * @param reference the officials' reference
	 * @param title its title
	 * @param fields its research fields
	 * @param requestedAmount the budget it requests, CNY
	 * @param status where the project stands now
	 * @param submittedAt when it was first submitted (its creation for a project never submitted)
	 */
	record ProjectSummary(UUID id, String reference, String title, List<String> fields, BigDecimal requestedAmount,
			String status, Instant submittedAt) {
	}

}
