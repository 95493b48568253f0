package org.scibureau.plan.call;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.plan.call.domain.Call;
import org.scibureau.plan.call.domain.CallStatus;
import org.scibureau.platform.data.KeysetQuery;
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
			.map(Calls::read)
			.all();
	}

	Mono<Call> findById(UUID id) {
		return this.database.sql("select " + COLUMNS + " from call_for_proposals where id = :id")
			.bind("id", id)
			.map(Calls::read)
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
			.map(Calls::read)
			.all();
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
