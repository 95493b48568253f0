package org.scibureau.funding.opencall;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.platform.events.plan.CallClosed;
import org.scibureau.platform.events.plan.CallOpened;
import org.scibureau.platform.data.KeysetQuery;
import org.scibureau.platform.web.PageRequest;

/**
 * The read model of open calls, fed only by events.
 */
@Repository
class OpenCalls {

	private final DatabaseClient database;

	OpenCalls(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> open(CallOpened opened) {
		return this.database.sql("""
				insert into open_call (call_id, reference, plan_id, program_id, title, opens_at, closes_at, jurisdiction,
				                       status, opened_at)
				values (:callId, :reference, :planId, :programId, :title, :opensAt, :closesAt, :jurisdiction, 'OPEN', :at)
				on conflict (call_id) do update
				    set title = excluded.title, closes_at = excluded.closes_at, status = 'OPEN', closed_at = null,
				        version = open_call.version + 1, updated_at = now()
				""")
			.bind("callId", opened.callId())
			.bind("reference", opened.reference())
			.bind("planId", opened.planId())
			.bind("programId", opened.programId())
			.bind("title", opened.title())
			.bind("opensAt", opened.opensAt())
			.bind("closesAt", opened.closesAt())
			.bind("jurisdiction", opened.jurisdiction())
			.bind("at", opened.occurredAt())
			.then();
	}

	Mono<Void> close(CallClosed closed) {
		return this.database.sql("""
				update open_call set status = 'CLOSED', closed_at = :at, version = version + 1, updated_at = now()
				where call_id = :callId""")
			.bind("callId", closed.callId())
			.bind("at", closed.occurredAt())
			.then();
	}

	Flux<OpenCall> findOpen(@Nullable String visibleJurisdictions, PageRequest page) {
		return KeysetQuery.from("""
				select call_id, reference, plan_id, program_id, title, opens_at, closes_at, jurisdiction
				from open_call""")
			.where("status = :status", "status", "OPEN")
			.where("jurisdiction like :visible", "visible", visibleJurisdictions)
			.page(this.database, page, "opens_at", "call_id")
			.map((row) -> new OpenCall(row.get("call_id", UUID.class), row.get("reference", String.class),
					row.get("plan_id", UUID.class), row.get("program_id", UUID.class), row.get("title", String.class),
					row.get("opens_at", Instant.class), row.get("closes_at", Instant.class),
					row.get("jurisdiction", String.class).trim()))
			.all();
	}

}
