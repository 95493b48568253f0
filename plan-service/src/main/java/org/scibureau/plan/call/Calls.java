package org.scibureau.plan.call;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.plan.call.domain.Call;
import org.scibureau.plan.call.domain.CallStatus;
import org.scibureau.platform.web.PageRequest;

/**
 * The calls for proposals in plan-service's database.
 */
@Repository
class Calls {

	private static final String COLUMNS = """
			id, reference, plan_id, program_id, title, description, opens_at, closes_at, jurisdiction, status, version,
			created_at, updated_at, opened_at, closed_at""";

	private final DatabaseClient database;

	Calls(DatabaseClient database) {
		this.database = database;
	}

	Mono<Call> insert(Call call) {
		return bindState(this.database.sql("insert into call_for_proposals (" + COLUMNS + """
				) values (:id, :reference, :planId, :programId, :title, :description, :opensAt, :closesAt, :jurisdiction,
				          :status, :version, :createdAt, :updatedAt, :openedAt, :closedAt)""")
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
				update call_for_proposals set status = :status, updated_at = :updatedAt, opened_at = :openedAt,
				    closed_at = :closedAt, version = version + 1
				where id = :id and version = :version""").bind("id", call.id()).bind("version", call.version()), call)
			.fetch()
			.rowsUpdated()
			.flatMap((count) -> (count == 0)
					? Mono.error(new OptimisticLockingFailureException("Call " + call.id() + " changed concurrently"))
					: Mono.just(new Call(call.id(), call.reference(), call.planId(), call.programId(), call.title(),
							call.description(), call.opensAt(), call.closesAt(), call.jurisdiction(), call.status(),
							call.version() + 1, call.createdAt(), call.updatedAt(), call.openedAt(), call.closedAt())));
	}

	Mono<Call> findById(UUID id) {
		return this.database.sql("select " + COLUMNS + " from call_for_proposals where id = :id")
			.bind("id", id)
			.map(Calls::read)
			.one();
	}

	Flux<Call> find(CallFilter filter, PageRequest page) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from call_for_proposals where true");
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (!filter.statuses().isEmpty()) {
			sql.append(" and status = any(:statuses)");
			parameters.put("statuses", filter.statuses().stream().map(Enum::name).toArray(String[]::new));
		}
		if (filter.programId() != null) {
			sql.append(" and program_id = :programId");
			parameters.put("programId", filter.programId());
		}
		if (filter.planId() != null) {
			sql.append(" and plan_id = :planId");
			parameters.put("planId", filter.planId());
		}
		if (filter.jurisdiction() != null) {
			sql.append(" and jurisdiction = :jurisdiction");
			parameters.put("jurisdiction", filter.jurisdiction());
		}
		if (filter.visibleJurisdictions() != null) {
			sql.append(" and jurisdiction like :visible");
			parameters.put("visible", filter.visibleJurisdictions());
		}
		if (filter.text() != null) {
			sql.append(" and title ilike :text");
			parameters.put("text", "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (page.cursor() != null) {
			sql.append(" and (created_at, id) < (:cursorAt, :cursorId)");
			parameters.put("cursorAt", page.cursor().sortKeyAsInstant());
			parameters.put("cursorId", page.cursor().id());
		}
		sql.append(" order by created_at desc, id desc limit :limit");
		parameters.put("limit", page.fetchSize());
		DatabaseClient.GenericExecuteSpec query = this.database.sql(sql.toString());
		for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
			query = query.bind(parameter.getKey(), parameter.getValue());
		}
		return query.map(Calls::read).all();
	}

	private static DatabaseClient.GenericExecuteSpec bindState(DatabaseClient.GenericExecuteSpec spec, Call call) {
		spec = spec.bind("status", call.status().name()).bind("updatedAt", call.updatedAt());
		spec = (call.openedAt() != null) ? spec.bind("openedAt", call.openedAt()) : spec.bindNull("openedAt", Instant.class);
		return (call.closedAt() != null) ? spec.bind("closedAt", call.closedAt()) : spec.bindNull("closedAt", Instant.class);
	}

	private static Call read(Readable row) {
		return new Call(row.get("id", UUID.class), row.get("reference", String.class), row.get("plan_id", UUID.class),
				row.get("program_id", UUID.class), row.get("title", String.class), row.get("description", String.class),
				row.get("opens_at", Instant.class), row.get("closes_at", Instant.class),
				row.get("jurisdiction", String.class).trim(), CallStatus.valueOf(row.get("status", String.class)),
				row.get("version", Long.class), row.get("created_at", Instant.class), row.get("updated_at", Instant.class),
				row.get("opened_at", Instant.class), row.get("closed_at", Instant.class));
	}

}
