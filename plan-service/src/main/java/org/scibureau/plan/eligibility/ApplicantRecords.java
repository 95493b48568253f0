package org.scibureau.plan.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

import org.scibureau.plan.eligibility.domain.ApplicationFacts;
import org.scibureau.plan.organisation.domain.OrganisationType;
import org.scibureau.plan.project.domain.ProjectStatus;

/**
 * The stored facts the eligibility rules draw on: the organisation registry and the projects, read from their
 * tables in plan-service's database.
 */
@Repository
class ApplicantRecords {

	/**
	 * The states of a project that count against a principal investigator's limit of concurrent projects: from
	 * submission until it ends. A draft does not count, nor does a project that was withdrawn, rejected, accepted,
	 * failed at acceptance, closed or terminated.
	 */
	static final List<ProjectStatus> ONGOING = List.of(ProjectStatus.SUBMITTED, ProjectStatus.FORMAL_CHECK,
			ProjectStatus.RETURNED, ProjectStatus.EXPERT_REVIEW, ProjectStatus.APPROVED, ProjectStatus.CONTRACTED,
			ProjectStatus.IN_PROGRESS, ProjectStatus.MIDTERM_CHECKED, ProjectStatus.ACCEPTANCE_REQUESTED,
			ProjectStatus.SUSPENDED);

	private final DatabaseClient database;

	ApplicantRecords(DatabaseClient database) {
		this.database = database;
	}

	/** The organisation's registered type and division, if it is in the registry. */
	Mono<ApplicationFacts.Organisation> organisation(UUID id) {
		return this.database.sql("select type, jurisdiction from organisation where id = :id")
			.bind("id", id)
			.map((row) -> new ApplicationFacts.Organisation(OrganisationType.valueOf(row.get("type", String.class)),
					row.get("jurisdiction", String.class).trim()))
			.one();
	}

	/** How many ongoing projects the researcher leads, leaving {@code excludedProjectId} out. */
	Mono<Integer> ongoingProjects(UUID principalInvestigatorId, @Nullable UUID excludedProjectId) {
		return this.database.sql("""
				select count(*) from project
				where pi_id = :pi and status = any(:statuses) and id is distinct from :excluded""")
			.bind("pi", principalInvestigatorId)
			.bind("statuses", ONGOING.stream().map(Enum::name).toArray(String[]::new))
			.bind("excluded", Parameter.fromOrEmpty(excludedProjectId, UUID.class))
			.map((row) -> row.get(0, Long.class))
			.one()
			.map(Math::toIntExact);
	}

	/** The eligibility facts of a stored application, if there is one with this id. */
	Mono<StoredApplication> application(UUID projectId) {
		return this.database.sql("""
				select call_id, organisation_id, pi_id, requested_amount, (content->>'durationMonths')::integer as months
				from project where id = :id""")
			.bind("id", projectId)
			.map((row) -> new StoredApplication(row.get("call_id", UUID.class), row.get("organisation_id", UUID.class),
					row.get("pi_id", UUID.class), row.get("requested_amount", BigDecimal.class),
					row.get("months", Integer.class)))
			.one();
	}

	/**
	 * The facts of an application as stored.
	 *
	 * @param callId the call it applies to
	 * @param organisationId the applicant organisation
	 * @param principalInvestigatorId the principal investigator
	 * @param requestedAmount the total amount requested
	 * @param durationMonths the duration, if its content gives one
	 */
	record StoredApplication(UUID callId, UUID organisationId, UUID principalInvestigatorId,
			BigDecimal requestedAmount, @Nullable Integer durationMonths) {
	}

}
