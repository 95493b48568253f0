package org.scibureau.plan.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.plan.plan.domain.Plan;
import org.scibureau.plan.plan.domain.PlanContent;
import org.scibureau.plan.plan.domain.PlanKind;
import org.scibureau.plan.plan.domain.PlanStatus;
import org.scibureau.plan.plan.domain.Program;
import org.scibureau.plan.plan.domain.Target;
import org.scibureau.platform.data.KeysetQuery;
import org.scibureau.platform.web.PageRequest;

/**
 * The plans, with their programs, in plan-service's database.
 */
@Repository
class Plans {

	private static final TypeReference<List<Target>> TARGETS = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			id, reference, revision, supersedes, superseded_by, kind, title, period_start, period_end, jurisdiction,
			priority_areas, targets, status, version, created_at, updated_at, published_at""";

	private final DatabaseClient database;

	private final JsonMapper json;

	Plans(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	Mono<Plan> insert(Plan plan) {
		PlanContent content = plan.content();
		DatabaseClient.GenericExecuteSpec insert = this.database.sql("insert into plan (" + COLUMNS + """
				) values (:id, :reference, :revision, :supersedes, :supersededBy, :kind, :title, :periodStart,
				          :periodEnd, :jurisdiction, :priorityAreas, :targets, :status, :version, :createdAt, :updatedAt,
				          :publishedAt)""")
			.bind("id", plan.id())
			.bind("reference", plan.reference())
			.bind("revision", plan.revision())
			.bind("createdAt", plan.createdAt())
			.bind("version", plan.version());
		insert = (plan.supersedes() != null) ? insert.bind("supersedes", plan.supersedes())
				: insert.bindNull("supersedes", UUID.class);
		return bindState(bindContent(insert, content), plan).then()
			.then(insertPrograms(plan.id(), content.programs()))
			.thenReturn(plan);
	}

	/**
	 * Writes the plan's new state if nobody changed it since {@code plan.version()}.
	 * @return the plan with its new version
	 * @throws OptimisticLockingFailureException when the stored version moved on
	 */
	Mono<Plan> update(Plan plan, boolean contentChanged) {
		DatabaseClient.GenericExecuteSpec update = this.database.sql("""
				update plan set kind = :kind, title = :title, period_start = :periodStart, period_end = :periodEnd,
				    jurisdiction = :jurisdiction, priority_areas = :priorityAreas, targets = :targets, status = :status,
				    updated_at = :updatedAt, published_at = :publishedAt, superseded_by = :supersededBy,
				    version = version + 1
				where id = :id and version = :version""")
			.bind("id", plan.id())
			.bind("version", plan.version());
		Mono<Void> programs = contentChanged ? this.database.sql("delete from program where plan_id = :id")
			.bind("id", plan.id())
			.then()
			.then(insertPrograms(plan.id(), plan.content().programs())) : Mono.empty();
		return bindState(bindContent(update, plan.content()), plan).fetch().rowsUpdated().flatMap((count) -> {
			if (count == 0) {
				return Mono.error(new OptimisticLockingFailureException("Plan " + plan.id() + " changed concurrently"));
			}
			return programs.thenReturn(plan.withVersion(plan.version() + 1));
		});
	}

	Mono<Plan> findById(UUID id) {
		return this.database.sql("select " + COLUMNS + " from plan where id = :id")
			.bind("id", id)
			.map(this::readPlan)
			.one()
			.flatMap((row) -> withPrograms(List.of(row)).next());
	}

	/** The published version of the plan a program belongs to. */
	Mono<Plan> findPublishedByProgram(UUID programId) {
		return this.database.sql("""
				select program.plan_id from program join plan on plan.id = program.plan_id
				where program.id = :id and plan.status = 'PUBLISHED'""")
			.bind("id", programId)
			.map((row) -> row.get("plan_id", UUID.class))
			.one()
			.flatMap(this::findById);
	}

	/** Every version of the plan with this reference, newest first. */
	Flux<Plan> findVersions(String reference) {
		return this.database.sql("select " + COLUMNS + " from plan where reference = :reference order by revision desc")
			.bind("reference", reference)
			.map(this::readPlan)
			.all()
			.collectList()
			.flatMapMany(this::withPrograms);
	}

	/** The revision drafted from this version, if one was started. */
	Mono<UUID> findRevisionOf(UUID planId) {
		return this.database.sql("select id from plan where supersedes = :id")
			.bind("id", planId)
			.map((row) -> row.get("id", UUID.class))
			.one();
	}

	/** One page of plans, newest first, matching the filter. */
	Flux<Plan> find(PlanFilter filter, PageRequest page) {
		return KeysetQuery.from("select " + COLUMNS + " from plan")
			.where("status = :status", "status", (filter.status() != null) ? filter.status().name() : null)
			.where("kind = :kind", "kind", (filter.kind() != null) ? filter.kind().name() : null)
			.where("jurisdiction = :jurisdiction", "jurisdiction", filter.jurisdiction())
			.where("jurisdiction like :visible", "visible", filter.visibleJurisdictions())
			.where("period_start <= :year and period_end >= :year", "year", filter.year())
			.containing("title", "text", filter.text())
			.page(this.database, page, "created_at", "id")
			.map(this::readPlan)
			.all()
			.collectList()
			.flatMapMany(this::withPrograms);
	}

	private Flux<Plan> withPrograms(List<PlanRow> rows) {
		if (rows.isEmpty()) {
			return Flux.empty();
		}
		UUID[] ids = rows.stream().map(PlanRow::id).toArray(UUID[]::new);
		return this.database.sql("""
				select plan_id, id, name, priority_area, managing_department, annual_budget_ceiling, management_institution
				from program where plan_id = any(:ids) order by plan_id, position""")
			.bind("ids", ids)
			.map((row) -> Map.entry(row.get("plan_id", UUID.class), readProgram(row)))
			.all()
			.collectMultimap(Map.Entry::getKey, Map.Entry::getValue)
			.flatMapIterable((programs) -> rows.stream()
				.map((row) -> row.toPlan(List.copyOf(programs.getOrDefault(row.id(), List.of()))))
				.toList());
	}

	private Mono<Void> insertPrograms(UUID planId, List<Program> programs) {
		return Flux.range(0, programs.size()).concatMap((position) -> {
			Program program = programs.get(position);
			DatabaseClient.GenericExecuteSpec insert = this.database.sql("""
					insert into program (id, plan_id, position, name, priority_area, managing_department,
					                     annual_budget_ceiling, management_institution)
					values (:id, :planId, :position, :name, :priorityArea, :department, :ceiling, :institution)""")
				.bind("id", program.id())
				.bind("planId", planId)
				.bind("position", position)
				.bind("name", program.name())
				.bind("priorityArea", program.priorityArea())
				.bind("department", program.managingDepartment())
				.bind("ceiling", program.annualBudgetCeiling());
			insert = (program.managementInstitution() != null)
					? insert.bind("institution", program.managementInstitution())
					: insert.bindNull("institution", String.class);
			return insert.then();
		}).then();
	}

	private DatabaseClient.GenericExecuteSpec bindContent(DatabaseClient.GenericExecuteSpec spec, PlanContent content) {
		return spec.bind("kind", content.kind().name())
			.bind("title", content.title())
			.bind("periodStart", content.periodStart())
			.bind("periodEnd", content.periodEnd())
			.bind("jurisdiction", content.jurisdiction())
			.bind("priorityAreas", content.priorityAreas().toArray(String[]::new))
			.bind("targets", Json.of(this.json.writeValueAsBytes(content.targets())));
	}

	private static DatabaseClient.GenericExecuteSpec bindState(DatabaseClient.GenericExecuteSpec spec, Plan plan) {
		spec = spec.bind("status", plan.status().name()).bind("updatedAt", plan.updatedAt());
		spec = (plan.supersededBy() != null) ? spec.bind("supersededBy", plan.supersededBy())
				: spec.bindNull("supersededBy", UUID.class);
		return (plan.publishedAt() != null) ? spec.bind("publishedAt", plan.publishedAt())
				: spec.bindNull("publishedAt", Instant.class);
	}

	private PlanRow readPlan(Readable row) {
		Json targets = row.get("targets", Json.class);
		String[] areas = row.get("priority_areas", String[].class);
		return new PlanRow(row.get("id", UUID.class), row.get("reference", String.class),
				row.get("revision", Integer.class), row.get("supersedes", UUID.class), row.get("superseded_by", UUID.class),
				PlanKind.valueOf(row.get("kind", String.class)), row.get("title", String.class),
				row.get("period_start", Integer.class), row.get("period_end", Integer.class),
				row.get("jurisdiction", String.class), (areas != null) ? Arrays.asList(areas) : List.of(),
				(targets != null) ? this.json.readValue(targets.asArray(), TARGETS) : List.of(),
				PlanStatus.valueOf(row.get("status", String.class)), row.get("version", Long.class),
				row.get("created_at", Instant.class), row.get("updated_at", Instant.class),
				row.get("published_at", Instant.class));
	}

	private static Program readProgram(Readable row) {
		return new Program(row.get("id", UUID.class), row.get("name", String.class),
				row.get("priority_area", String.class), row.get("managing_department", String.class),
				row.get("annual_budget_ceiling", BigDecimal.class), row.get("management_institution", String.class));
	}

	/** A plan row before its programs are attached. */
	private record PlanRow(UUID id, String reference, int revision, @Nullable UUID supersedes,
			@Nullable UUID supersededBy, PlanKind kind, String title, int periodStart, int periodEnd,
			String jurisdiction, List<String> priorityAreas, List<Target> targets, PlanStatus status, long version,
			Instant createdAt, Instant updatedAt, @Nullable Instant publishedAt) {

		Plan toPlan(List<Program> programs) {
			PlanContent content = new PlanContent(this.kind, this.title, this.periodStart, this.periodEnd,
					this.jurisdiction.trim(), this.priorityAreas, this.targets, new ArrayList<>(programs));
			return new Plan(this.id, this.reference, this.revision, this.supersedes, this.supersededBy, content,
					this.status, this.version, this.createdAt, this.updatedAt, this.publishedAt);
		}

	}

}
