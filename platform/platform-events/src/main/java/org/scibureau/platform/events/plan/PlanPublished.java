package org.scibureau.platform.events.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A plan was published with its programs; other services learn the programs from this event.
 *
 * @param eventId the event's identity
 * @param occurredAt when the plan was published
 * @param planId the published plan version
 * @param reference the officials' reference, e.g. {@code PLN-2026-000001}
 * @param kind {@code MEDIUM_LONG_TERM} or {@code ANNUAL}
 * @param title the plan's title
 * @param periodStart the first year the plan covers
 * @param periodEnd the last year the plan covers
 * @param jurisdiction the administrative division owning the plan
 * @param priorityAreas the plan's priority areas
 * @param programs the plan's programs (funding lines)
 * @param supersedes the plan version this one replaces, if it is a revision
 */
public record PlanPublished(UUID eventId, Instant occurredAt, UUID planId, String reference, String kind,
		String title, int periodStart, int periodEnd, String jurisdiction, List<String> priorityAreas,
		List<Program> programs, @Nullable UUID supersedes) implements PlanEvent {

	public PlanPublished {
		priorityAreas = List.copyOf(priorityAreas);
		programs = List.copyOf(programs);
	}

	/**
	 * A program of the published plan; its id is stable across plan versions.
	 *
	 * @param programId the program
	 * @param name the program's name, e.g. "Key R&amp;D — Biomedicine"
	 * @param priorityArea the priority area it serves
	 * @param managingDepartment the bureau department managing it
	 * @param annualBudgetCeiling the most it may award in one fiscal year, in CNY
	 * @param managementInstitution the professional project-management institution, if any
	 */
	public record Program(UUID programId, String name, String priorityArea, String managingDepartment,
			BigDecimal annualBudgetCeiling, @Nullable String managementInstitution) {
	}

}
