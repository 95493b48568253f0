package org.scibureau.plan.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

/**
 * What each program may still approve in a fiscal year: its annual ceiling, what it has approved, and the lock that
 * makes approvals of one program and year take turns, so that together they never exceed the ceiling.
 */
@Repository
public class ProgramBudgets {

	private final DatabaseClient database;

	ProgramBudgets(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Locks the program's fiscal year until the end of the caller's transaction, creating its row on first use; a
	 * concurrent approval of the same program and year waits here until this one commits or rolls back.
	 */
	public Mono<Void> lock(UUID programId, int fiscalYear) {
		return this.database.sql("""
				insert into program_year_lock (program_id, fiscal_year) values (:programId, :fiscalYear)
				on conflict do nothing""")
			.bind("programId", programId)
			.bind("fiscalYear", fiscalYear)
			.then()
			.then(this.database.sql("""
					select program_id from program_year_lock
					where program_id = :programId and fiscal_year = :fiscalYear for update""")
				.bind("programId", programId)
				.bind("fiscalYear", fiscalYear)
				.fetch()
				.one()
				.then());
	}

	/**
	 * What the program has approved for the fiscal year so far, whatever became of the projects since: an approval
	 * spends the year's ceiling once made.
	 */
	public Mono<BigDecimal> approvedFor(UUID programId, int fiscalYear) {
		return this.database.sql("""
				select coalesce(sum(approved_amount), 0) as total from project
				where program_id = :programId and fiscal_year = :fiscalYear""")
			.bind("programId", programId)
			.bind("fiscalYear", fiscalYear)
			.map((row) -> row.get("total", BigDecimal.class))
			.one()
			.map((total) -> total.setScale(2, RoundingMode.UNNECESSARY));
	}

	/** The annual ceiling of the program in the plan version a call was made under. */
	public Mono<BigDecimal> ceiling(UUID planId, UUID programId) {
		return this.database.sql("select annual_budget_ceiling from program where plan_id = :planId and id = :programId")
			.bind("planId", planId)
			.bind("programId", programId)
			.map((row) -> row.get("annual_budget_ceiling", BigDecimal.class))
			.one();
	}

}
