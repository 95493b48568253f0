package org.scibureau.plan.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.plan.project.domain.Approval;
import org.scibureau.plan.project.domain.Contract;
import org.scibureau.plan.project.domain.Funding;
import org.scibureau.plan.project.domain.MidtermCheck;
import org.scibureau.plan.project.domain.MilestoneReport;
import org.scibureau.plan.project.domain.Project;
import org.scibureau.plan.project.domain.ProjectContent;
import org.scibureau.plan.project.domain.ProjectStatus;
import org.scibureau.platform.data.KeysetQuery;
import org.scibureau.platform.id.References;
import org.scibureau.platform.web.PageRequest;

/**
 * The projects in plan-service's database: queryable facts in columns, the domain's documents in jsonb.
 */
@Repository
class Projects {

	private static final TypeReference<List<MilestoneReport>> REPORTS = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			id, reference, call_id, program_id, organisation_id, jurisdiction, content, status, resume_to, status_reason,
			approval, funding, contract, midterm_check, milestone_reports, version, created_at, updated_at, submitted_at""";

	private final DatabaseClient database;

	private final JsonMapper json;

	Projects(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	Mono<Project> insert(Project project) {
		return bind(this.database.sql("""
				insert into project (id, reference, call_id, program_id, organisation_id, jurisdiction, pi_id,
				                     team_member_ids, title, fields, requested_amount, content, status, resume_to,
				                     status_reason, approval, approved_amount, fiscal_year, funding, contract,
				                     midterm_check, milestone_reports, application_year, version, created_at,
				                     updated_at, submitted_at)
				values (:id, :reference, :callId, :programId, :organisationId, :jurisdiction, :piId, :team, :title,
				        :fields, :requested, :content, :status, :resumeTo, :statusReason, :approval, :approvedAmount,
				        :fiscalYear, :funding, :contract, :midtermCheck, :reports, :applicationYear, :version,
				        :createdAt, :updatedAt, :submittedAt)""")
			.bind("reference", project.reference())
			.bind("callId", project.callId())
			.bind("programId", project.programId())
			.bind("organisationId", project.organisationId())
			.bind("jurisdiction", project.jurisdiction())
			.bind("createdAt", project.createdAt()), project).then().thenReturn(project);
	}

	/**
	 * Writes the project's new state if nobody changed it since {@code project.version()}.
	 * @return the project with its new version
	 * @throws OptimisticLockingFailureException when the stored version moved on
	 */
	Mono<Project> update(Project project) {
		return bind(this.database.sql("""
				update project set pi_id = :piId, team_member_ids = :team, title = :title, fields = :fields,
				    requested_amount = :requested, content = :content, status = :status, resume_to = :resumeTo,
				    status_reason = :statusReason, approval = :approval, approved_amount = :approvedAmount,
				    fiscal_year = :fiscalYear, funding = :funding, contract = :contract, midterm_check = :midtermCheck,
				    milestone_reports = :reports, application_year = :applicationYear, updated_at = :updatedAt,
				    submitted_at = :submittedAt, version = version + 1
				where id = :id and version = :version"""), project).fetch().rowsUpdated().flatMap((count) -> {
					if (count == 0) {
						return Mono.error(new OptimisticLockingFailureException(
								"Project " + project.id() + " changed concurrently"));
					}
					return Mono.just(project.withVersion(project.version() + 1));
				});
	}

	Mono<Void> delete(Project project) {
		return this.database.sql("delete from project where id = :id and version = :version")
			.bind("id", project.id())
			.bind("version", project.version())
			.fetch()
			.rowsUpdated()
			.flatMap((count) -> (count == 0) ? Mono.error(new OptimisticLockingFailureException(
					"Project " + project.id() + " changed concurrently")) : Mono.empty());
	}

	Mono<Project> findById(UUID id) {
		return this.database.sql("select " + COLUMNS + " from project where id = :id")
			.bind("id", id)
			.map(this::read)
			.one();
	}

	/** The projects a researcher leads in one of the given states. */
	Flux<Project> findLedBy(UUID principalInvestigatorId, List<ProjectStatus> statuses) {
		return this.database
			.sql("select " + COLUMNS + " from project where pi_id = :pi and status = any(:statuses) order by id")
			.bind("pi", principalInvestigatorId)
			.bind("statuses", statuses.stream().map(ProjectStatus::name).toArray(String[]::new))
			.map(this::read)
			.all();
	}

	/** One page of projects, newest first, matching the filter. */
	Flux<Project> find(ProjectFilter filter, PageRequest page) {
		return KeysetQuery.from("select " + COLUMNS + " from project")
			.where("status = :status", "status", (filter.status() != null) ? filter.status().name() : null)
			.where("call_id = :callId", "callId", filter.callId())
			.where("program_id = :programId", "programId", filter.programId())
			.where("jurisdiction = :jurisdiction", "jurisdiction", filter.jurisdiction())
			.where("organisation_id = :organisationId", "organisationId", filter.organisationId())
			.where("pi_id = :piId", "piId", filter.piId())
			.where("application_year = :year", "year", filter.year())
			.where("jurisdiction like :visible", "visible", filter.visibleJurisdictions())
			.where("organisation_id = :own", "own", filter.ownOrganisation())
			.where("status <> :hidden", "hidden", filter.draftsVisible() ? null : ProjectStatus.DRAFT.name())
			.containing("title", "text", filter.text())
			.page(this.database, page, "created_at", "id")
			.map(this::read)
			.all();
	}

	/**
	 * Takes a transaction-scoped lock on a principal investigator, so that checks counting their projects and the
	 * change they allow run one at a time. Must run inside a transaction.
	 */
	Mono<Void> lockPrincipalInvestigator(UUID principalInvestigatorId) {
		return this.database.sql("select pg_advisory_xact_lock(:key)")
			.bind("key", principalInvestigatorId.getMostSignificantBits() ^ principalInvestigatorId.getLeastSignificantBits())
			.then();
	}

	/** How many times the project was submitted, counting the submission being recorded now. */
	Mono<Integer> submissions(UUID projectId) {
		return this.database.sql("select count(*) as n from project_history where project_id = :id and action = 'submit'")
			.bind("id", projectId)
			.map((row) -> row.get("n", Long.class))
			.one()
			.map(Long::intValue);
	}

	private DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, Project project) {
		ProjectContent content = project.content();
		Approval approval = project.approval();
		return spec.bind("id", project.id())
			.bind("piId", content.principalInvestigatorId())
			.bind("team", content.teamMemberIds().toArray(UUID[]::new))
			.bind("title", content.title())
			.bind("fields", content.fields().toArray(String[]::new))
			.bind("requested", content.budget().total())
			.bind("content", json(content))
			.bind("status", project.status().name())
			.bind("resumeTo", nullable((project.resumeTo() != null) ? project.resumeTo().name() : null, String.class))
			.bind("statusReason", nullable(project.statusReason(), String.class))
			.bind("approval", nullable((approval != null) ? json(approval) : null, Json.class))
			.bind("approvedAmount", nullable((approval != null) ? approval.budget() : null, BigDecimal.class))
			.bind("fiscalYear", nullable((approval != null) ? approval.fiscalYear() : null, Integer.class))
			.bind("funding", nullable((project.funding() != null) ? json(project.funding()) : null, Json.class))
			.bind("contract", nullable((project.contract() != null) ? json(project.contract()) : null, Json.class))
			.bind("midtermCheck",
					nullable((project.midtermCheck() != null) ? json(project.midtermCheck()) : null, Json.class))
			.bind("reports", json(project.milestoneReports()))
			.bind("applicationYear", nullable((project.submittedAt() != null)
					? project.submittedAt().atZone(References.BUREAU_ZONE).getYear() : null, Integer.class))
			.bind("version", project.version())
			.bind("updatedAt", project.updatedAt())
			.bind("submittedAt", nullable(project.submittedAt(), Instant.class));
	}

	private Json json(Object value) {
		return Json.of(this.json.writeValueAsBytes(value));
	}

	private <T> @Nullable T document(Readable row, String column, Class<T> type) {
		Json value = row.get(column, Json.class);
		return (value != null) ? this.json.readValue(value.asArray(), type) : null;
	}

	private Project read(Readable row) {
		String resumeTo = row.get("resume_to", String.class);
		Json reports = row.get("milestone_reports", Json.class);
		return new Project(row.get("id", UUID.class), row.get("reference", String.class),
				row.get("call_id", UUID.class), row.get("program_id", UUID.class),
				row.get("organisation_id", UUID.class), row.get("jurisdiction", String.class).trim(),
				document(row, "content", ProjectContent.class), ProjectStatus.valueOf(row.get("status", String.class)),
				(resumeTo != null) ? ProjectStatus.valueOf(resumeTo) : null, row.get("status_reason", String.class),
				document(row, "approval", Approval.class), document(row, "funding", Funding.class),
				document(row, "contract", Contract.class), document(row, "midterm_check", MidtermCheck.class),
				(reports != null) ? this.json.readValue(reports.asArray(), REPORTS) : List.of(),
				row.get("version", Long.class), row.get("created_at", Instant.class),
				row.get("updated_at", Instant.class), row.get("submitted_at", Instant.class));
	}

	private static <T> Parameter nullable(@Nullable T value, Class<T> type) {
		return Parameter.fromOrEmpty(value, type);
	}

}
