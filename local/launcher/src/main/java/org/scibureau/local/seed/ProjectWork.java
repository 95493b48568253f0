package org.scibureau.local.seed;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.scibureau.local.seed.ProjectSeed.Target;
import org.scibureau.local.seed.SeedRequests.Acted;

import static org.scibureau.local.seed.SeedRequests.text;

/**
 * Takes an approved demo project on to its {@link Target} beyond the approval, as each party would: funding-service
 * commits the approved budget (awaited), a plan officer records the task contract, the applicant starts the work
 * and reports milestones, a plan officer accepts them, holds the mid-term check and decides the acceptance, and a
 * finance officer pays each tranche that the contract, a milestone or the acceptance released, with a second one
 * confirming a payment above the confirmation threshold; and the applicant reports what it has spent.
 * <p>
 * Every step is looked up before it is taken, so that a project an earlier run left half way is taken on and a
 * second run changes nothing. A project in a state off the way to its target is left as it is, and so is one whose
 * funding was refused: it stays approved, as it would for a program officer until the fund grows.
 */
final class ProjectWork {

	private static final Set<String> UNDER_WAY = Set.of("IN_PROGRESS", "MIDTERM_CHECKED");

	private final SeedRequests requests;

	private final LocalDate today;

	private final int fiscalYear;

	ProjectWork(SeedRequests requests, LocalDate today) {
		this.requests = requests;
		this.today = today;
		this.fiscalYear = today.getYear();
	}

	/**
	 * Awaits funding-service's answer to an approval, then takes the project on to its target.
	 * @param project the project as last read, approved or further
	 * @param applicant the applicant of its organisation
	 * @return the project and the number of steps and payments taken
	 */
	Progress advance(ProjectSeed seed, JsonNode project, Actor applicant) {
		Progress progress = new Progress(awaitFunding(seed, project), 0);
		Target target = seed.target();
		if (!target.underway() || !"COMMITTED".equals(text(progress.project.path("funding"), "outcome"))) {
			return progress;
		}
		String allocation = "/api/funding/allocations/" + text(progress.project.path("funding"), "allocationId");
		if (status(progress).equals("APPROVED")) {
			progress = step(progress, seed, Actor.BUREAU, "contract",
					Map.of("contractNumber", contractNumber(seed), "signedOn", this.today.toString()));
		}
		if (status(progress).equals("CONTRACTED") || UNDER_WAY.contains(status(progress))) {
			progress = pay(progress, seed, allocation, 1);
		}
		if (status(progress).equals("CONTRACTED") && target != Target.CONTRACTED) {
			progress = step(progress, seed, applicant, "start", null);
		}
		if (UNDER_WAY.contains(status(progress))) {
			progress = acceptMilestones(progress, seed, applicant);
			progress = pay(progress, seed, allocation, 2);
			progress = switch (target) {
				case MIDTERM_CHECKED -> status(progress).equals("IN_PROGRESS") ? step(progress, seed, Actor.BUREAU,
						"midterm-check", Map.of("result", "PASSED", "remarks", reason(seed))) : progress;
				case ACCEPTANCE_REQUESTED, ACCEPTED, FAILED_ACCEPTANCE, CLOSED ->
					step(progress, seed, applicant, "acceptance-request", null);
				case SUSPENDED -> step(progress, seed, Actor.BUREAU, "suspension", Map.of("reason", reason(seed)));
				case TERMINATED -> step(progress, seed, Actor.BUREAU, "termination", Map.of("reason", reason(seed)));
				default -> progress;
			};
		}
		if (status(progress).equals("ACCEPTANCE_REQUESTED")) {
			progress = switch (target) {
				case ACCEPTED, CLOSED -> step(progress, seed, Actor.BUREAU, "acceptance", null);
				case FAILED_ACCEPTANCE ->
					step(progress, seed, Actor.BUREAU, "acceptance-failure", Map.of("reason", reason(seed)));
				default -> progress;
			};
		}
		if (status(progress).equals("ACCEPTED")) {
			progress = pay(progress, seed, allocation, 3);
			if (target == Target.CLOSED) {
				progress = step(progress, seed, Actor.BUREAU, "closure", null);
			}
		}
		return progress;
	}

	/**
	 * Has the applicant report what the funded project has spent up to the end of last month, unless a report up to
	 * that day is there already.
	 * @param project the project as last read
	 * @return the number of reports made, 0 or 1
	 */
	int reportExpenditure(ExpenditureSeed seed, ProjectSeed projectSeed, JsonNode project, Actor applicant) {
		if (!"COMMITTED".equals(text(project.path("funding"), "outcome"))) {
			return 0;
		}
		String path = "/api/funding/allocations/" + text(project.path("funding"), "allocationId")
				+ "/expenditure-reports";
		LocalDate periodEnd = this.today.withDayOfMonth(1).minusDays(1);
		boolean reported = this.requests.get(applicant, path, projectSeed.title())
			.valueStream()
			.anyMatch((report) -> periodEnd.toString().equals(text(report, "periodEnd")));
		if (reported) {
			return 0;
		}
		Map<String, Object> body = seed.body(periodEnd);
		ApiResponse response = this.requests.as(applicant)
			.post(path, body, Map.of("Idempotency-Key", SeedRequests.idempotencyKey("expenditure", seed.projectKey(),
					body)));
		if (!response.is(201)) {
			throw new SeedingException(
					"Could not report the expenditure of '" + projectSeed.title() + "': " + response.problem());
		}
		return 1;
	}

	/** The approved project once funding-service has answered its approval, committed or rejected. */
	private JsonNode awaitFunding(ProjectSeed seed, JsonNode project) {
		if (!"REQUESTED".equals(text(project.path("funding"), "outcome"))) {
			return project;
		}
		return this.requests.await(Actor.BUREAU, "/api/plan/projects/" + text(project, "id"),
				(current) -> !"REQUESTED".equals(text(current.path("funding"), "outcome")),
				"funding-service to answer the approval of '" + seed.title() + "'");
	}

	/** Reports and accepts the first milestones in due order, as many as the target says, that are not yet. */
	private Progress acceptMilestones(Progress progress, ProjectSeed seed, Actor applicant) {
		List<JsonNode> milestones = progress.project.path("milestones")
			.valueStream()
			.sorted(Comparator.comparing((JsonNode milestone) -> text(milestone, "dueDate")))
			.limit(seed.target().milestonesAccepted())
			.toList();
		Progress current = progress;
		for (JsonNode milestone : milestones) {
			String id = text(milestone, "id");
			@Nullable JsonNode report = report(current.project, id);
			if (report == null) {
				current = step(current, seed, applicant, "milestones/" + id + "/report",
						Map.of("report", "Delivered as planned: " + text(milestone, "deliverable")));
				report = report(current.project, id);
			}
			if (report != null && !report.path("acceptedAt").isString()) {
				current = step(current, seed, Actor.BUREAU, "milestones/" + id + "/acceptance", null);
			}
		}
		return current;
	}

	/**
	 * Pays tranche {@code sequence} if the target pays it: once funding-service has released it, a finance officer
	 * disburses it and, if its amount needs a second officer, another confirms it.
	 */
	private Progress pay(Progress progress, ProjectSeed seed, String allocation, int sequence) {
		if (seed.target().tranchesPaid() < sequence) {
			return progress;
		}
		String what = "tranche " + sequence + " of '" + seed.title() + "'";
		JsonNode tranche = tranche(this.requests.await(Actor.FINANCE, allocation,
				(current) -> !"PLANNED".equals(text(tranche(current, sequence), "status")),
				"funding-service to release " + what), sequence);
		int payments = 0;
		if ("RELEASED".equals(text(tranche, "status"))) {
			tranche = tranche(pay(Actor.FINANCE, allocation + "/tranches/" + sequence + "/disbursement",
					Map.of("paymentReference", paymentReference(seed, sequence)), what), sequence);
			payments++;
		}
		if ("AWAITING_CONFIRMATION".equals(text(tranche, "status"))) {
			tranche = tranche(pay(Actor.SECOND_FINANCE, allocation + "/tranches/" + sequence + "/disbursement-confirmation",
					null, what), sequence);
			payments++;
		}
		if (!"DISBURSED".equals(text(tranche, "status"))) {
			throw new SeedingException("Could not pay " + what + ": it is " + text(tranche, "status"));
		}
		return new Progress(progress.project, progress.actions + payments);
	}

	private JsonNode pay(Actor officer, String path, @Nullable Object body, String what) {
		ApiResponse response = this.requests.as(officer).post(path, body, Map.of());
		if (!response.is(200)) {
			throw new SeedingException("Could not pay " + what + ": " + response.problem());
		}
		return response.body();
	}

	private Progress step(Progress progress, ProjectSeed seed, Actor actor, String action, @Nullable Object body) {
		Acted acted = this.requests.act(actor, "/api/plan/projects/" + text(progress.project, "id"), action, body,
				progress.project, seed.title());
		return new Progress(acted.item(), progress.actions + (acted.taken() ? 1 : 0));
	}

	private String contractNumber(ProjectSeed seed) {
		return "CDKJ-" + this.fiscalYear + "-" + seed.key();
	}

	private String paymentReference(ProjectSeed seed, int sequence) {
		return "CDCZ-" + this.fiscalYear + "-" + seed.key() + "-" + sequence;
	}

	private static String reason(ProjectSeed seed) {
		if (seed.reason() == null) {
			throw new SeedingException("Demo item '" + seed.title() + "' has no reason for " + seed.target());
		}
		return seed.reason();
	}

	private static String status(Progress progress) {
		return text(progress.project, "status");
	}

	private static JsonNode tranche(JsonNode allocation, int sequence) {
		return allocation.path("tranches")
			.valueStream()
			.filter((tranche) -> tranche.path("sequence").asInt() == sequence)
			.findFirst()
			.orElseThrow(() -> new SeedingException(
					"Allocation " + text(allocation, "reference") + " has no tranche " + sequence));
	}

	private static @Nullable JsonNode report(JsonNode project, String milestoneId) {
		return project.path("milestoneReports")
			.valueStream()
			.filter((report) -> milestoneId.equals(text(report, "milestoneId")))
			.findFirst()
			.orElse(null);
	}

	/**
	 * A project as last read, with the steps and payments taken so far.
	 *
	 * @param project the project
	 * @param actions the steps and payments
	 */
	record Progress(JsonNode project, int actions) {
	}

}
