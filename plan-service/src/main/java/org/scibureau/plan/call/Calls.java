package org.scibureau.plan.call;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.plan.call.domain.Call;
import org.scibureau.plan.call.domain.CallStatus;
import org.scibureau.plan.eligibility.domain.EligibilityRules;
import org.scibureau.platform.data.KeysetQuery;
import org.scibureau.platform.web.PageRequest;

/**
 * The calls for proposals in plan-service's database. A call's eligibility rules are a jsonb document
 * ({@code {"rules": [...]}}, each rule in its JSON form), and every version of them is kept in
 * {@code call_eligibility_rules} with who set it and when.
 */
@Repository
class Calls {

	private static final String COLUMNS = """
			id, reference, plan_id, program_id, title, description, opens_at, closes_at, jurisdiction, eligibility_rules,
			rules_version, status, version, created_at, updated_at, opened_at, closed_at""";

	private final DatabaseClient database;

	private final JsonMapper json;

	Calls(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	Mono<Call> insert(Call call) {
		return bindState(this.database.sql("insert into call_for_proposals (" + COLUMNS + """
				) values (:id, :reference, :planId, :programId, :title, :description, :opensAt, :closesAt, :jurisdiction,
				          :rules, :rulesVersion, :status, :version, :createdAt, :updatedAt, :openedAt, :closedAt)""")
			.bind("id", call.id())
			.bind("reference", call.reference())
			.bind("planId", call.planId())
			.bind("programId", call.programId())
			.bind("title", call.title())
			.bind("description", call.description())
			.bind("opensAt", call.opensAt())
			.bind("closesAt", call.closesAt())
			.bind("jurisdiction", call.jurisdiction())
			.bind("version", call.version())
			.bind("createdAt", call.createdAt()), call).then().thenReturn(call);
	}

	/**
	 * Writes the call's new state if nobody changed it since {@code call.version()}.
	 * @throws OptimisticLockingFailureException when the stored version moved on
	 */
	Mono<Call> update(Call call) {
		return bindState(this.database.sql("""
				update call_for_proposals set eligibility_rules = :rules, rules_version = :rulesVersion, status = :status,
				    updated_at = :updatedAt, opened_at = :openedAt, closed_at = :closedAt, version = version + 1
				where id = :id and version = :version""").bind("id", call.id()).bind("version", call.version()), call)
			.fetch()
			.rowsUpdated()
			.flatMap((count) -> (count == 0)
					? Mono.error(new OptimisticLockingFailureException("Call " + call.id() + " changed concurrently"))
					: Mono.just(call.withVersion(call.version() + 1)));
	}

	/** Keeps the call's current rules as the version it names, set by {@code actor}; in the change's transaction. */
	Mono<Void> keepRulesVersion(Call call, String actor) {
		return this.database.sql("""
				insert into call_eligibility_rules (call_id, version, rules, changed_at, changed_by)
				values (:id, :version, :rules, :changedAt, :changedBy)""")
			.bind("id", call.id())
			.bind("version", call.rulesVersion())
			.bind("rules", json(call.eligibilityRules()))
			.bind("changedAt", call.updatedAt())
			.bind("changedBy", actor)
			.then();
	}

	/**
	 * Locks up to {@code limit} calls whose scheduled instant for {@code status}'s next step has come: scheduled calls
	 * due to open, or open calls due to close, earliest first. Rows another transaction holds are skipped, so several
	 * instances share the work without waiting for or repeating each other. Must run inside a transaction.
	 */
	Flux<Call> lockDue(CallStatus status, Instant now, int limit) {
		String instant = switch (status) {
			case SCHEDULED -> "opens_at";
			case OPEN -> "closes_at";
			default -> throw new IllegalArgumentException("No scheduled step from " + status);
		};
		return this.database.sql("select " + COLUMNS + " from call_for_proposals where status = :status and " + instant
				+ " <= :now order by " + instant + ", id limit :limit for update skip locked")
			.bind("status", status.name())
			.bind("now", now)
			.bind("limit", limit)
			.map(this::read)
			.all();
	}

	/** Every version of the call's rules, oldest first. */
	Flux<RulesVersion> rulesVersions(UUID callId) {
		return this.database.sql("""
				select version, rules, changed_at, changed_by from call_eligibility_rules where call_id = :id
				order by version""")
			.bind("id", callId)
			.map((row) -> new RulesVersion(row.get("version", Integer.class),
					this.json.readValue(row.get("rules", Json.class).asArray(), EligibilityRules.class),
					row.get("changed_at", Instant.class), row.get("changed_by", String.class)))
			.all();
	}

	Mono<Call> findById(UUID id) {
		return this.database.sql("select " + COLUMNS + " from call_for_proposals where id = :id")
			.bind("id", id)
			.map(this::read)
			.one();
	}

	Flux<Call> find(CallFilter filter, PageRequest page) {
		return KeysetQuery.from("select " + COLUMNS + " from call_for_proposals")
			.where("status = any(:statuses)", "statuses",
					filter.statuses().isEmpty() ? null : filter.statuses().stream().map(Enum::name).toArray(String[]::new))
			.where("program_id = :programId", "programId", filter.programId())
			.where("plan_id = :planId", "planId", filter.planId())
			.where("jurisdiction = :jurisdiction", "jurisdiction", filter.jurisdiction())
			.where("jurisdiction like :visible", "visible", filter.visibleJurisdictions())
			.containing("title", "text", filter.text())
			.page(this.database, page, "created_at", "id")
			.map(this::read)
			.all();
	}

	private DatabaseClient.GenericExecuteSpec bindState(DatabaseClient.GenericExecuteSpec spec, Call call) {
		spec = spec.bind("rules", json(call.eligibilityRules()))
			.bind("rulesVersion", call.rulesVersion())
			.bind("status", call.status().name())
			.bind("updatedAt", call.updatedAt());
		spec = (call.openedAt() != null) ? spec.bind("openedAt", call.openedAt()) : spec.bindNull("openedAt", Instant.class);
		return (call.closedAt() != null) ? spec.bind("closedAt", call.closedAt()) : spec.bindNull("closedAt", Instant.class);
	}

	private Json json(EligibilityRules rules) {
		return Json.of(this.json.writeValueAsBytes(rules));
	}

	private Call read(Readable row) {
		return new Call(row.get("id", UUID.class), row.get("reference", String.class), row.get("plan_id", UUID.class),
				row.get("program_id", UUID.class), row.get("title", String.class), row.get("description", String.class),
				row.get("opens_at", Instant.class), row.get("closes_at", Instant.class),
				row.get("jurisdiction", String.class).trim(),
				this.json.readValue(row.get("eligibility_rules", Json.class).asArray(), EligibilityRules.class),
				row.get("rules_version", Integer.class), CallStatus.valueOf(row.get("status", String.class)),
				row.get("version", Long.class), row.get("created_at", Instant.class), row.get("updated_at", Instant.class),
				row.get("opened_at", Instant.class), row.get("closed_at", Instant.class));
	}

	/**
	 * One version of a call's eligibility rules.
	 *
	 * @param version the rules version
	 * @param rules the rules
	 * @param changedAt when they were set
	 * @param changedBy who set them
	 */
	record RulesVersion(int version, EligibilityRules rules, Instant changedAt, String changedBy) {
	}

}
