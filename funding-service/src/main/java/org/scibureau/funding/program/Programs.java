package org.scibureau.funding.program;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.platform.events.plan.PlanPublished;

/**
 * The programs of published plans, fed only by {@code PlanPublished}: a program keeps its id across plan versions,
 * and the latest version to be published names it.
 */
@Repository
public class Programs {

	private final DatabaseClient database;

	Programs(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> publish(PlanPublished published) {
		return Flux.fromIterable(published.programs())
			.concatMap((program) -> this.database.sql("""
					insert into program (program_id, plan_id, name, priority_area, managing_department, jurisdiction, as_of)
					values (:id, :plan, :name, :area, :department, :jurisdiction, :at)
					on conflict (program_id) do update
					    set plan_id = excluded.plan_id, name = excluded.name, priority_area = excluded.priority_area,
					        managing_department = excluded.managing_department, jurisdiction = excluded.jurisdiction,
					        as_of = excluded.as_of
					    where program.as_of <= excluded.as_of""")
				.bind("id", program.programId())
				.bind("plan", published.planId())
				.bind("name", program.name())
				.bind("area", program.priorityArea())
				.bind("department", program.managingDepartment())
				.bind("jurisdiction", published.jurisdiction())
				.bind("at", published.occurredAt())
				.then())
			.then();
	}

	/** The division owning the plan that has the program; empty if no published plan has it. */
	public Mono<String> jurisdictionOf(UUID programId) {
		return this.database.sql("select jurisdiction from program where program_id = :id")
			.bind("id", programId)
			.map((row) -> row.get("jurisdiction", String.class).trim())
			.one();
	}

}
