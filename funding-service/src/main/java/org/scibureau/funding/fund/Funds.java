package org.scibureau.funding.fund;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.funding.fund.domain.Fund;
import org.scibureau.funding.fund.domain.FundSource;
import org.scibureau.platform.data.KeysetQuery;
import org.scibureau.platform.web.PageRequest;

/**
 * The funds and which programs they pay for. Every change of a fund's figures is one conditional statement that
 * the database checks against {@code committed + disbursed <= appropriation} as it stands at that moment, so
 * concurrent commitments queue on the fund's row and none can overdraw it.
 */
@Repository
public class Funds {

	private static final String COLUMNS = """
			id, reference, name, fiscal_year, source, jurisdiction, appropriation, committed, disbursed, returned,
			version, created_at, updated_at""";

	private final DatabaseClient database;

	Funds(DatabaseClient database) {
		this.database = database;
	}

	Mono<Fund> insert(Fund fund) {
		return this.database.sql("""
				insert into fund (id, reference, name, fiscal_year, source, jurisdiction, appropriation, committed,
				                  disbursed, returned, version, created_at, updated_at)
				values (:id, :reference, :name, :fiscalYear, :source, :jurisdiction, :appropriation, 0, 0, 0, 0, :at, :at)
				""")
			.bind("id", fund.id())
			.bind("reference", fund.reference())
			.bind("name", fund.name())
			.bind("fiscalYear", fund.fiscalYear())
			.bind("source", fund.source().name())
			.bind("jurisdiction", fund.jurisdiction())
			.bind("appropriation", fund.appropriation())
			.bind("at", fund.createdAt())
			.then()
			.thenReturn(fund);
	}

	public Mono<Fund> findById(UUID id) {
		return this.database.sql("select " + COLUMNS + " from fund where id = :id")
			.bind("id", id)
			.map(Funds::fund)
			.one();
	}

	Flux<Fund> find(FundFilter filter, PageRequest page) {
		return KeysetQuery.from("select " + COLUMNS + " from fund")
			.where("fiscal_year = :year", "year", filter.fiscalYear())
			.where("source = :source", "source", (filter.source() != null) ? filter.source().name() : null)
			.where("id in (select fund_id from fund_program where program_id = :program)", "program",
					filter.programId())
			.where("jurisdiction like :visible", "visible", filter.visibleJurisdictions())
			.page(this.database, page, "created_at", "id")
			.map(Funds::fund)
			.all();
	}

	/**
	 * Sets a new appropriation if the fund is still at the version the officer saw and the amount still covers what
	 * is committed and disbursed at this moment.
	 * @return the fund as changed, or empty if either condition failed
	 */
	Mono<Fund> changeAppropriation(UUID id, long version, BigDecimal appropriation, Instant now) {
		return this.database.sql("update fund set appropriation = :appropriation, version = version + 1,"
				+ " exhausted_at = case when committed + disbursed < :appropriation then null else exhausted_at end,"
				+ " updated_at = :at where id = :id and version = :version"
				+ " and committed + disbursed <= :appropriation returning " + COLUMNS)
			.bind("appropriation", appropriation)
			.bind("at", now)
			.bind("id", id)
			.bind("version", version)
			.map(Funds::fund)
			.one();
	}

	/**
	 * Commits an amount against a fund if it has room right now; the row lock makes concurrent commitments take
	 * turns, each re-checking the condition against the figures the one before it left.
	 * @return the fund as changed, or empty if it has not enough room
	 */
	public Mono<Fund> commit(UUID id, BigDecimal amount, Instant now) {
		return move(id, amount, now, "committed = committed + :amount",
				"committed + disbursed + :amount <= appropriation");
	}

	/**
	 * Pays out part of what a fund committed: {@code committed} falls and {@code disbursed} grows by the amount, so
	 * their sum, and the invariant, are unchanged.
	 * @return the fund as changed, or empty if it has not that much committed
	 */
	public Mono<Fund> disburse(UUID id, BigDecimal amount, Instant now) {
		return move(id, amount, now, "committed = committed - :amount, disbursed = disbursed + :amount",
				"committed >= :amount");
	}

	/**
	 * Gives back what a terminated project will never draw: {@code committed} falls and {@code returned} grows.
	 * @return the fund as changed, or empty if it has not that much committed
	 */
	public Mono<Fund> giveBack(UUID id, BigDecimal amount, Instant now) {
		return move(id, amount, now, "committed = committed - :amount, returned = returned + :amount",
				"committed >= :amount");
	}

	/** One conditional update of a fund's figures by an amount: all of it or, if the condition fails, nothing. */
	private Mono<Fund> move(UUID id, BigDecimal amount, Instant now, String assignments, String condition) {
		return this.database.sql("update fund set " + assignments + ", version = version + 1, updated_at = :at"
				+ " where id = :id and " + condition + " returning " + COLUMNS)
			.bind("amount", amount)
			.bind("at", now)
			.bind("id", id)
			.map(Funds::fund)
			.one();
	}

	/**
	 * Marks a fund as unable to commit more, once until its appropriation grows.
	 * @return the fund if it was marked now; empty if it was marked before
	 */
	public Mono<Fund> markExhausted(UUID id, Instant now) {
		return this.database.sql("update fund set exhausted_at = :at where id = :id and exhausted_at is null"
				+ " returning " + COLUMNS)
			.bind("at", now)
			.bind("id", id)
			.map(Funds::fund)
			.one();
	}

	/** The fund that pays for a program in a fiscal year, if one does. */
	public Mono<UUID> fundFor(UUID programId, int fiscalYear) {
		return this.database.sql("select fund_id from fund_program where program_id = :program and fiscal_year = :year")
			.bind("program", programId)
			.bind("year", fiscalYear)
			.map((row) -> row.get("fund_id", UUID.class))
			.one();
	}

	/**
	 * Makes the fund pay for a program in its fiscal year.
	 * @return whether it does now; false if another fund already pays for the program that year
	 */
	Mono<Boolean> assignProgram(Fund fund, UUID programId) {
		return this.database.sql("""
				insert into fund_program (program_id, fiscal_year, fund_id) values (:program, :year, :fund)
				on conflict (program_id, fiscal_year) do nothing""")
			.bind("program", programId)
			.bind("year", fund.fiscalYear())
			.bind("fund", fund.id())
			.fetch()
			.rowsUpdated()
			.map((inserted) -> inserted > 0);
	}

	/** The programs a fund pays for, by name. */
	Flux<FundedProgram> programs(UUID fundId) {
		return this.database.sql("""
				select fp.program_id, p.name, p.priority_area from fund_program fp
				left join program p on p.program_id = fp.program_id
				where fp.fund_id = :fund order by p.name, fp.program_id""")
			.bind("fund", fundId)
			.map((row) -> new FundedProgram(row.get("program_id", UUID.class), row.get("name", String.class),
					row.get("priority_area", String.class)))
			.all();
	}

	static Fund fund(Readable row) {
		return new Fund(row.get("id", UUID.class), row.get("reference", String.class), row.get("name", String.class),
				row.get("fiscal_year", Integer.class), FundSource.valueOf(row.get("source", String.class)),
				row.get("jurisdiction", String.class).trim(), row.get("appropriation", BigDecimal.class),
				row.get("committed", BigDecimal.class), row.get("disbursed", BigDecimal.class),
				row.get("returned", BigDecimal.class), row.get("version", Long.class),
				row.get("created_at", Instant.class), row.get("updated_at", Instant.class));
	}

	/**
	 * A program a fund pays for.
	 *
	 * @param programId the program
	 * @param name its name, if plan-service has published it
	 * @param priorityArea its priority area, if known
	 */
	record FundedProgram(UUID programId, @Nullable String name, @Nullable String priorityArea) {
	}

	/**
	 * What a list of funds is narrowed to; {@code null} members do not narrow it.
	 *
	 * @param fiscalYear the fiscal year
	 * @param source the source
	 * @param programId a program the funds pay for
	 * @param visibleJurisdictions the caller's {@code LIKE} pattern of divisions
	 */
	record FundFilter(@Nullable Integer fiscalYear, @Nullable FundSource source, @Nullable UUID programId,
			@Nullable String visibleJurisdictions) {
	}

}
