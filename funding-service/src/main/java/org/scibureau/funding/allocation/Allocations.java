package org.scibureau.funding.allocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.platform.data.KeysetQuery;
import org.scibureau.platform.events.LineBudget;
import org.scibureau.platform.events.Tranche;
import org.scibureau.platform.web.PageRequest;

/**
 * The allocations: one row per funding attempt ({@code unique (project_id, funding_attempt)}), at most one live
 * per project ({@code allocation_live}), whatever the deliveries and the instances.
 */
@Repository
class Allocations {

	private static final TypeReference<List<Tranche>> TRANCHES = new TypeReference<>() {
	};

	private static final TypeReference<List<LineBudget>> LINE_BUDGETS = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			id, reference, project_id, funding_attempt, project_reference, project_title, program_id, organisation_id,
			principal_investigator_id, jurisdiction, fiscal_year, amount, fund_id, status, rejection_reason,
			rejection_detail, tranches, approved_by, frozen_reason, line_budgets, version, created_at, updated_at""";

	private final DatabaseClient database;

	private final JsonMapper json;

	Allocations(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	Mono<Allocation> insert(Allocation allocation) {
		DatabaseClient.GenericExecuteSpec insert = this.database.sql("""
				insert into allocation (id, reference, project_id, funding_attempt, project_reference, project_title,
				                        program_id, organisation_id, principal_investigator_id, jurisdiction, fiscal_year,
				                        amount, fund_id, status, rejection_reason, rejection_detail, tranches, approved_by,
				                        line_budgets, version, created_at, updated_at)
				values (:id, :reference, :project, :attempt, :projectReference, :title, :program, :organisation, :pi,
				        :jurisdiction, :year, :amount, :fund, :status, :reason, :detail, :tranches, :approvedBy,
				        :lineBudgets, 0, :at, :at)""")
			.bind("id", allocation.id())
			.bind("reference", allocation.reference())
			.bind("project", allocation.projectId())
			.bind("attempt", allocation.fundingAttempt())
			.bind("projectReference", allocation.projectReference())
			.bind("title", allocation.projectTitle())
			.bind("program", allocation.programId())
			.bind("organisation", allocation.organisationId())
			.bind("pi", allocation.principalInvestigatorId())
			.bind("jurisdiction", allocation.jurisdiction())
			.bind("year", allocation.fiscalYear())
			.bind("amount", allocation.amount())
			.bind("status", allocation.status().name())
			.bind("tranches", Json.of(this.json.writeValueAsBytes(allocation.tranches())))
			.bind("at", allocation.createdAt());
		insert = bindNullable(insert, "fund", allocation.fundId(), UUID.class);
		insert = bindNullable(insert, "reason", allocation.rejectionReason(), String.class);
		insert = bindNullable(insert, "detail", allocation.rejectionDetail(), String.class);
		insert = bindNullable(insert, "approvedBy", allocation.approvedBy(), String.class);
		insert = bindNullable(insert, "lineBudgets", (allocation.lineBudgets() != null)
				? Json.of(this.json.writeValueAsBytes(allocation.lineBudgets())) : null, Json.class);
		return insert.then().thenReturn(allocation);
	}

	/**
	 * Serialises, until the transaction ends, what concerns one principal investigator: an allocation being decided
	 * and a sanction being applied, so that neither misses the other.
	 */
	Mono<Void> lockInvestigator(UUID researcherId) {
		return this.database.sql("select pg_advisory_xact_lock(hashtextextended(:pi, 0))")
			.bind("pi", "investigator:" + researcherId)
			.then();
	}

	/** The allocation answering a funding attempt, if it was answered. */
	Mono<Allocation> findAttempt(UUID projectId, int fundingAttempt) {
		return this.database.sql("select " + COLUMNS
				+ " from allocation where project_id = :project and funding_attempt = :attempt")
			.bind("project", projectId)
			.bind("attempt", fundingAttempt)
			.map(this::allocation)
			.one();
	}

	/**
	 * The project's live allocation, if it has one, locked until the transaction ends: the events that change it
	 * (releases, freezes, terminations) take turns.
	 */
	Mono<Allocation> findLive(UUID projectId) {
		return this.database.sql("select " + COLUMNS + " from allocation where project_id = :project"
				+ " and status in ('COMMITTED', 'SUSPENDED') for update")
			.bind("project", projectId)
			.map(this::allocation)
			.one();
	}

	/** The live allocations of projects the researcher leads, locked until the transaction ends. */
	Flux<Allocation> findLiveOfInvestigator(UUID researcherId) {
		return this.database.sql("select " + COLUMNS + " from allocation where principal_investigator_id = :pi"
				+ " and status in ('COMMITTED', 'SUSPENDED') order by created_at for update")
			.bind("pi", researcherId)
			.map(this::allocation)
			.all();
	}

	/**
	 * Allocations frozen because a sanction barred their investigator, locked for this run and skipped by runs of
	 * other instances.
	 */
	Flux<Allocation> lockSanctionFreezes(int limit) {
		return this.database.sql("select " + COLUMNS + " from allocation where status = 'SUSPENDED'"
				+ " and frozen_reason = 'RECIPIENT_SANCTIONED' order by updated_at limit :limit for update skip locked")
			.bind("limit", limit)
			.map(this::allocation)
			.all();
	}

	/**
	 * Moves an allocation from the state it was read in to another, after a freeze, a resumption or a termination.
	 * @throws IllegalStateException if it is no longer in that state (another event changed it meanwhile), so that
	 * the whole effect rolls back and is retried against the new state
	 */
	Mono<Void> changeStatus(Allocation allocation, AllocationStatus status, @Nullable String frozenReason,
			Instant now) {
		DatabaseClient.GenericExecuteSpec update = this.database.sql("update allocation set status = :status,"
				+ " frozen_reason = :reason, version = version + 1, updated_at = :at where id = :id"
				+ " and status = :expected")
			.bind("status", status.name())
			.bind("at", now)
			.bind("id", allocation.id())
			.bind("expected", allocation.status().name());
		return bindNullable(update, "reason", frozenReason, String.class).fetch()
			.rowsUpdated()
			.flatMap((changed) -> (changed == 1) ? Mono.<Void>empty()
					: Mono.error(new IllegalStateException("Allocation " + allocation.id() + " left "
							+ allocation.status() + " while it was being changed")));
	}

	/** The project's first allocation: its title and approver stand for every later attempt. */
	Mono<Allocation> firstOf(UUID projectId) {
		return this.database.sql("select " + COLUMNS + " from allocation where project_id = :project"
				+ " order by funding_attempt limit 1")
			.bind("project", projectId)
			.map(this::allocation)
			.one();
	}

	Mono<Allocation> findById(UUID id) {
		return this.database.sql("select " + COLUMNS + " from allocation where id = :id")
			.bind("id", id)
			.map(this::allocation)
			.one();
	}

	Flux<Allocation> find(AllocationFilter filter, PageRequest page) {
		return KeysetQuery.from("select " + COLUMNS + " from allocation")
			.where("fund_id = :fund", "fund", filter.fundId())
			.where("program_id = :program", "program", filter.programId())
			.where("project_id = :project", "project", filter.projectId())
			.where("status = :status", "status", (filter.status() != null) ? filter.status().name() : null)
			.where("fiscal_year = :year", "year", filter.fiscalYear())
			.where("organisation_id = :organisation", "organisation", filter.organisationId())
			.where("jurisdiction like :visible", "visible", filter.visibleJurisdictions())
			.page(this.database, page, "created_at", "id")
			.map(this::allocation)
			.all();
	}

	private Allocation allocation(Readable row) {
		Json tranches = row.get("tranches", Json.class);
		return new Allocation(row.get("id", UUID.class), row.get("reference", String.class),
				row.get("project_id", UUID.class), row.get("funding_attempt", Integer.class),
				row.get("project_reference", String.class), row.get("project_title", String.class),
				row.get("program_id", UUID.class), row.get("organisation_id", UUID.class),
				row.get("principal_investigator_id", UUID.class), row.get("jurisdiction", String.class).trim(),
				row.get("fiscal_year", Integer.class), row.get("amount", BigDecimal.class),
				row.get("fund_id", UUID.class), AllocationStatus.valueOf(row.get("status", String.class)),
				row.get("rejection_reason", String.class), row.get("rejection_detail", String.class),
				(tranches != null) ? this.json.readValue(tranches.asArray(), TRANCHES) : List.of(),
				row.get("approved_by", String.class), row.get("frozen_reason", String.class),
				lineBudgets(row.get("line_budgets", Json.class)), row.get("version", Long.class), row.get("created_at", Instant.class),
				row.get("updated_at", Instant.class));
	}

	private @Nullable List<LineBudget> lineBudgets(@Nullable Json value) {
		return (value != null) ? this.json.readValue(value.asArray(), LINE_BUDGETS) : null;
	}

	private static <T> DatabaseClient.GenericExecuteSpec bindNullable(DatabaseClient.GenericExecuteSpec spec,
			String name, @Nullable T value, Class<T> type) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, type);
	}

	/**
	 * What a list of allocations is narrowed to; {@code null} members do not narrow it.
	 *
	 * @param fundId the fund
	 * @param programId the program
	 * @param projectId the project
	 * @param status the status
	 * @param fiscalYear the fiscal year
	 * @param organisationId the applicant organisation (an applicant's own)
	 * @param visibleJurisdictions the caller's {@code LIKE} pattern of divisions
	 */
	record AllocationFilter(@Nullable UUID fundId, @Nullable UUID programId, @Nullable UUID projectId,
			@Nullable AllocationStatus status, @Nullable Integer fiscalYear, @Nullable UUID organisationId,
			@Nullable String visibleJurisdictions) {
	}

}
