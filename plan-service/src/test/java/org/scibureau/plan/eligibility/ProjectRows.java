package org.scibureau.plan.eligibility;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;

import reactor.test.StepVerifier;

/**
 * Projects written straight into the project table, as the eligibility rules read them, for tests that need a
 * principal investigator's projects before projects have an API.
 */
final class ProjectRows {

	private final DatabaseClient database;

	ProjectRows(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Stores a project of the organisation, led by {@code principalInvestigatorId}, applying to the call, in
	 * {@code status} (a suspended one resumes to IN_PROGRESS).
	 * @return its id
	 */
	UUID insert(UUID callId, UUID programId, UUID organisationId, UUID principalInvestigatorId, String status,
			BigDecimal requestedAmount, int durationMonths) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		StepVerifier.create(this.database.sql("""
				insert into project (id, reference, call_id, program_id, organisation_id, pi_id, team_member_ids,
				                     jurisdiction, title, fields, requested_amount, status, resume_to, content, version,
				                     created_at, updated_at)
				values (:id, :reference, :callId, :programId, :organisationId, :pi, '{}', '510107', 'A project',
				        '{immunology}', :amount, :status, :resumeTo, :content, 0, :now, :now)""")
			.bind("id", id)
			.bind("reference", "PRJ-TEST-" + id)
			.bind("callId", callId)
			.bind("programId", programId)
			.bind("organisationId", organisationId)
			.bind("pi", principalInvestigatorId)
			.bind("amount", requestedAmount)
			.bind("status", status)
			.bind("resumeTo", Parameter.fromOrEmpty("SUSPENDED".equals(status) ? "IN_PROGRESS" : null, String.class))
			.bind("content", Json.of("{\"durationMonths\": " + durationMonths + "}"))
			.bind("now", now)
			.fetch()
			.rowsUpdated())
			.expectNext(1L)
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		return id;
	}

}
