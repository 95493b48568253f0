package org.scibureau.funding.allocation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.funding.allocation.domain.ExpenditureLine;
import org.scibureau.funding.allocation.domain.VarianceAllowance;
import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.domain.RulesViolated;
import org.scibureau.platform.events.LineBudget;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.history.HistoryLog;
import org.scibureau.platform.id.References;
import org.scibureau.platform.id.UuidV7;
import org.scibureau.platform.rules.RuleBook;
import org.scibureau.platform.rules.RuleDefinition;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.web.DomainProblems;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.platform.web.ProblemType;

/**
 * Expenditure reports: what a funded project spent by budget category up to a day, against the line budgets of its
 * approval, each line that overspends by more than the allowance in force raising a variance alert.
 */
@Service
class ExpenditureReports {

	private static final TypeReference<List<ExpenditureLine>> LINES = new TypeReference<>() {
	};

	private static final Set<String> CATEGORIES = Set.of("EQUIPMENT", "MATERIALS", "TESTING", "TRAVEL", "PUBLICATION",
			"PERSONNEL", "OUTSOURCING", "INDIRECT");

	private final DatabaseClient database;

	private final JsonMapper json;

	private final RuleBook rules;

	private final RuleDefinition<VarianceAllowance> allowance;

	private final HistoryLog history;

	private final TransactionalOperator transactions;

	private final Clock clock;

	ExpenditureReports(DatabaseClient database, JsonMapper json, RuleBook rules,
			RuleDefinition<VarianceAllowance> allowance, TransactionalOperator transactions, Clock clock) {
		this.database = database;
		this.json = json;
		this.rules = rules;
		this.allowance = allowance;
		this.history = new HistoryLog(database, "allocation_history", "allocation_id");
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Records a report of the allocation's project, checked line by line against its budgets. */
	Mono<Report> submit(Caller caller, Allocation allocation, ReportRequest request) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, References.BUREAU_ZONE);
		Mono<Report> submit = Mono.defer(() -> {
			if (allocation.status() == AllocationStatus.REJECTED) {
				throw ProblemException.illegalState("report-expenditure", allocation.status().name(), List.of());
			}
			List<LineBudget> budgets = allocation.lineBudgets();
			if (budgets == null) {
				throw new RulesViolated(List.of(new RuleViolation("$", "no-line-budgets")));
			}
			requireSound(request, today);
			return this.rules.inForce(this.allowance, today).flatMap((allowed) -> {
				List<ExpenditureLine> lines = lines(budgets, request, allowed);
				Report report = new Report(UuidV7.next(), allocation.id(), request.periodEnd(), lines,
						lines.stream().map(ExpenditureLine::spent).reduce(BigDecimal.ZERO, BigDecimal::add),
						(int) lines.stream().filter(ExpenditureLine::alert).count(), caller.actor(), now);
				return insert(report)
					.then(this.history.append(allocation.id(), new HistoryEntry("report-expenditure",
							allocation.status().name(), allocation.status().name(), caller.actor(),
							"up to " + request.periodEnd() + ", " + report.alerts() + " variance alert(s)", now)))
					.thenReturn(report);
			});
		});
		return this.transactions.transactional(submit)
			.onErrorMap(DuplicateKeyException.class, (ex) -> new ProblemException(ProblemType.CONFLICT,
					"problem.conflict.expenditure-reported", request.periodEnd()))
			.onErrorMap(DomainProblems::translate);
	}

	/** The allocation's reports, newest first. */
	Flux<Report> of(UUID allocationId) {
		return this.database.sql("select * from expenditure_report where allocation_id = :allocation"
				+ " order by reported_at desc, id desc")
			.bind("allocation", allocationId)
			.map(this::report)
			.all();
	}

	private static void requireSound(ReportRequest request, LocalDate today) {
		List<RuleViolation> violations = new ArrayList<>();
		if (request.periodEnd().isAfter(today)) {
			violations.add(new RuleViolation("periodEnd", "in-future", today));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < request.lines().size(); i++) {
			String category = request.lines().get(i).category();
			if (!CATEGORIES.contains(category)) {
				violations.add(new RuleViolation("lines[" + i + "].category", "unknown-category"));
			}
			else if (!seen.add(category)) {
				violations.add(new RuleViolation("lines[" + i + "].category", "duplicate"));
			}
		}
		RulesViolated.refuseAny(violations);
	}

	/** Every budgeted category, and every category reported without a budget, with what was spent on it. */
	private static List<ExpenditureLine> lines(List<LineBudget> budgets, ReportRequest request,
			VarianceAllowance allowed) {
		Map<String, BigDecimal> budgeted = new LinkedHashMap<>();
		budgets.forEach((budget) -> budgeted.merge(budget.category(), budget.amount(), BigDecimal::add));
		Map<String, BigDecimal> spent = new LinkedHashMap<>();
		request.lines().forEach((line) -> spent.put(line.category(), line.spent()));
		Set<String> categories = new LinkedHashSet<>(budgeted.keySet());
		categories.addAll(spent.keySet());
		return categories.stream()
			.map((category) -> ExpenditureLine.of(category, budgeted.getOrDefault(category, BigDecimal.ZERO),
					spent.getOrDefault(category, BigDecimal.ZERO), allowed))
			.toList();
	}

	private Mono<Void> insert(Report report) {
		return this.database.sql("""
				insert into expenditure_report (id, allocation_id, period_end, lines, total_spent, alerts, reported_by,
				                                reported_at)
				values (:id, :allocation, :periodEnd, :lines, :total, :alerts, :by, :at)""")
			.bind("id", report.id())
			.bind("allocation", report.allocationId())
			.bind("periodEnd", report.periodEnd())
			.bind("lines", Json.of(this.json.writeValueAsBytes(report.lines())))
			.bind("total", report.totalSpent())
			.bind("alerts", report.alerts())
			.bind("by", report.reportedBy())
			.bind("at", report.reportedAt())
			.then();
	}

	private Report report(Readable row) {
		Json lines = row.get("lines", Json.class);
		return new Report(row.get("id", UUID.class), row.get("allocation_id", UUID.class),
				row.get("period_end", LocalDate.class),
				(lines != null) ? this.json.readValue(lines.asArray(), LINES) : List.of(),
				row.get("total_spent", BigDecimal.class), row.get("alerts", Integer.class),
				row.get("reported_by", String.class), row.get("reported_at", Instant.class));
	}

	/**
	 * A report as recorded.
	 *
	 * @param id the report
	 * @param allocationId the allocation
	 * @param periodEnd the day its figures run to
	 * @param lines each category's budget, spending and variance
	 * @param totalSpent what was spent in all
	 * @param alerts how many lines raise a variance alert
	 * @param reportedBy who reported it
	 * @param reportedAt when
	 */
	record Report(UUID id, UUID allocationId, LocalDate periodEnd, List<ExpenditureLine> lines, BigDecimal totalSpent,
			int alerts, String reportedBy, Instant reportedAt) {
	}

	/**
	 * An expenditure report as the project sends it.
	 *
	 * @param periodEnd the day its figures run to, not in the future
	 * @param lines what was spent per category, cumulatively
	 */
	record ReportRequest(@NotNull LocalDate periodEnd,
			@NotNull @Size(min = 1, max = 20) List<@Valid @NotNull Line> lines) {

		/**
		 * One category's spending.
		 *
		 * @param category a budget category, e.g. {@code MATERIALS}
		 * @param spent what was spent on it, in CNY
		 */
		record Line(@NotBlank String category,
				@NotNull @PositiveOrZero @Digits(integer = 14, fraction = 2) BigDecimal spent) {
		}

	}

}
