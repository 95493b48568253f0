package org.scibureau.local.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A demo application to a demo call, drafted by the applicant of a demo organisation and taken on until it reaches
 * its target state. Organisations and researchers are named by their keys in the {@link DemoDirectory}.
 *
 * @param key a stable name of this seed item, part of its idempotency key
 * @param organisation the applicant organisation
 * @param callKey the {@link CallSeed#key()} of the call applied to
 * @param title the title, which identifies the application when seeding runs again
 * @param summary the abstract
 * @param fields the research fields, in the words of the talent pool's fields, so that reviewers match
 * @param principalInvestigator the researcher who leads the project, of the applicant organisation
 * @param team the other researchers
 * @param startDate the planned first day
 * @param durationMonths the planned duration
 * @param budget the requested budget by line
 * @param milestones the planned milestones
 * @param target the state the seeder takes it to
 * @param reason why it is returned, withdrawn, suspended, terminated or fails its acceptance, for those targets, or
 * the remarks of its mid-term check
 * @param approvedBudget the budget a plan officer approves, for {@link Target#APPROVED} and the targets beyond it
 */
public record ProjectSeed(String key, String organisation, String callKey, String title, String summary,
		List<String> fields, String principalInvestigator, List<String> team, LocalDate startDate, int durationMonths,
		List<BudgetLine> budget, List<MilestoneSeed> milestones, Target target, @Nullable String reason,
		@Nullable BigDecimal approvedBudget) {

	public ProjectSeed {
		fields = List.copyOf(fields);
		team = List.copyOf(team);
		budget = List.copyOf(budget);
		milestones = List.copyOf(milestones);
	}

	/**
	 * The total requested: the sum of the budget lines.
	 * @return CNY with two decimals
	 */
	public BigDecimal requested() {
		return this.budget.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * The last day of the project.
	 * @return the day before {@code durationMonths} after the start
	 */
	public LocalDate endDate() {
		return this.startDate.plusMonths(this.durationMonths).minusDays(1);
	}

	/** The body of {@code POST /api/plan/projects}. */
	Map<String, Object> body(UUID callId, DemoDirectory directory) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("callId", callId.toString());
		body.put("title", this.title);
		body.put("summary", this.summary);
		body.put("fields", this.fields);
		body.put("principalInvestigatorId", directory.talent(this.principalInvestigator).id().toString());
		body.put("teamMemberIds", this.team.stream().map((member) -> directory.talent(member).id().toString()).toList());
		body.put("durationMonths", this.durationMonths);
		body.put("startDate", this.startDate.toString());
		body.put("budget", Map.of("lines", this.budget.stream().map(BudgetLine::body).toList()));
		body.put("milestones", this.milestones.stream().map((milestone) -> milestone.body(this.startDate)).toList());
		return body;
	}

	/**
	 * One line of the requested budget.
	 *
	 * @param category {@code EQUIPMENT}, {@code MATERIALS}, {@code TESTING}, {@code TRAVEL}, {@code PUBLICATION},
	 * {@code PERSONNEL}, {@code OUTSOURCING} or {@code INDIRECT}
	 * @param description what it pays for
	 * @param amount CNY with two decimals
	 */
	public record BudgetLine(String category, String description, BigDecimal amount) {

		Map<String, Object> body() {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("category", this.category);
			body.put("description", this.description);
			body.put("amount", this.amount);
			return body;
		}

	}

	/**
	 * A planned milestone, due at the end of a month of the project.
	 *
	 * @param title what is reached
	 * @param month the project month it is due at the end of, from 1
	 * @param deliverable what is delivered
	 */
	public record MilestoneSeed(String title, int month, String deliverable) {

		/**
		 * The day it is due.
		 * @param startDate the project's first day
		 * @return the last day of its month of the project
		 */
		public LocalDate dueDate(LocalDate startDate) {
			return startDate.plusMonths(this.month).minusDays(1);
		}

		Map<String, Object> body(LocalDate startDate) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("title", this.title);
			body.put("dueDate", dueDate(startDate).toString());
			body.put("deliverable", this.deliverable);
			return body;
		}

	}

	/**
	 * A step of the lifecycle the seeder takes, with the project's state it is taken from.
	 */
	enum Step {

		/** The applicant submits the draft. */
		SUBMIT("DRAFT", "submission", true),

		/** The applicant withdraws the application, with the reason. */
		WITHDRAW("SUBMITTED", "withdrawal", true),

		/** A plan officer starts the formal check. */
		START_FORMAL_CHECK("SUBMITTED", "formal-check", false),

		/** A plan officer returns the application for correction, with the reason. */
		RETURN("FORMAL_CHECK", "return", false),

		/** A plan officer passes the formal check: the project awaits expert review. */
		PASS_FORMAL_CHECK("FORMAL_CHECK", "formal-check-pass", false),

		/** A plan officer approves the project within the program's ceiling. */
		APPROVE("EXPERT_REVIEW", "approval", false);

		private final String from;

		private final String action;

		private final boolean byApplicant;

		Step(String from, String action, boolean byApplicant) {
			this.from = from;
			this.action = action;
			this.byApplicant = byApplicant;
		}

		/** The action's path under the project. */
		String action() {
			return this.action;
		}

		/** Whether the applicant takes it; a plan officer otherwise. */
		boolean byApplicant() {
			return this.byApplicant;
		}

	}

	/**
	 * Where the seeder leaves an application, each with the steps that lead there from a draft. A project in a state
	 * off that path (moved on by someone, or decided by an expert review) is left as it is. Beyond the approval, a
	 * project is taken on by {@link ProjectWork}: contracted once its budget is committed, started, its milestones
	 * reported and accepted, checked, accepted or not, closed, suspended or terminated, with as many tranches paid as
	 * its target says.
	 */
	public enum Target {

		/** Drafted only. */
		DRAFT,

		/** Submitted, awaiting the formal check. */
		SUBMITTED(Step.SUBMIT),

		/** Under formal check. */
		FORMAL_CHECK(Step.SUBMIT, Step.START_FORMAL_CHECK),

		/** Returned to the applicant for correction, with the reason. */
		RETURNED(Step.SUBMIT, Step.START_FORMAL_CHECK, Step.RETURN),

		/** Withdrawn by the applicant after submission, with the reason. */
		WITHDRAWN(Step.SUBMIT, Step.WITHDRAW),

		/** Formal check passed: awaiting or under expert review. */
		EXPERT_REVIEW(Step.SUBMIT, Step.START_FORMAL_CHECK, Step.PASS_FORMAL_CHECK),

		/** Approved by a plan officer without an expert review of the call; funded or not, as the fund allows. */
		APPROVED(Step.SUBMIT, Step.START_FORMAL_CHECK, Step.PASS_FORMAL_CHECK, Step.APPROVE),

		/** Task contract recorded; the first tranche released and not yet paid. */
		CONTRACTED(0, 0),

		/** Started, the first tranche paid. */
		IN_PROGRESS(1, 0),

		/** The first milestone accepted and the mid-term check passed, two tranches paid. */
		MIDTERM_CHECKED(2, 1),

		/** Every milestone accepted and two tranches paid; the acceptance requested. */
		ACCEPTANCE_REQUESTED(2, Integer.MAX_VALUE),

		/** Accepted: the last tranche released and not yet paid. */
		ACCEPTED(2, Integer.MAX_VALUE),

		/** Failed its acceptance, with the reason: the last tranche is never released. */
		FAILED_ACCEPTANCE(2, Integer.MAX_VALUE),

		/** Accepted, every tranche paid, closed. */
		CLOSED(3, Integer.MAX_VALUE),

		/** Started with the first tranche paid, then suspended with the reason: the rest is frozen. */
		SUSPENDED(1, 0),

		/** Started with the first tranche paid, then terminated with the reason: the rest goes back to the fund. */
		TERMINATED(1, 0);

		private final List<Step> path;

		private final int tranchesPaid;

		private final int milestonesAccepted;

		Target(Step... path) {
			this.path = List.of(path);
			this.tranchesPaid = 0;
			this.milestonesAccepted = 0;
		}

		/** A target beyond the approval, reached by approving first. */
		Target(int tranchesPaid, int milestonesAccepted) {
			this.path = APPROVED_PATH;
			this.tranchesPaid = tranchesPaid;
			this.milestonesAccepted = milestonesAccepted;
		}

		/**
		 * The next step towards this target from a project's state.
		 * @param status the project's state
		 * @return the step, or {@code null} at the target or off the path to it
		 */
		@Nullable Step stepFrom(String status) {
			return this.path.stream().filter((step) -> step.from.equals(status)).findFirst().orElse(null);
		}

		/** Whether the target lies beyond the approval. */
		boolean underway() {
			return compareTo(APPROVED) > 0;
		}

		/** Whether the target is the approval or lies beyond it: funding-service answers before the next item. */
		boolean approved() {
			return compareTo(APPROVED) >= 0;
		}

		/** How many tranches, in order, are paid. */
		int tranchesPaid() {
			return this.tranchesPaid;
		}

		/** How many milestones, in due order, are reported and accepted; all of them at most. */
		int milestonesAccepted() {
			return this.milestonesAccepted;
		}

	}

	/** The steps to an approval, which every target beyond it takes first. */
	private static final List<Step> APPROVED_PATH = List.of(Step.SUBMIT, Step.START_FORMAL_CHECK,
			Step.PASS_FORMAL_CHECK, Step.APPROVE);

}
