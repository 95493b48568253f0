package org.scibureau.funding.sanction;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

import org.scibureau.platform.events.talent.IntegritySanctionImposed;
import org.scibureau.platform.events.talent.IntegritySanctionLifted;

/**
 * Researchers' integrity sanctions, fed only by talent-service's events (through the allocation freezes, which
 * apply them in the same transaction): whether one bars a researcher from receiving funds on a day.
 */
@Repository
public class Sanctions {

	private final DatabaseClient database;

	Sanctions(DatabaseClient database) {
		this.database = database;
	}

	public Mono<Void> impose(IntegritySanctionImposed imposed) {
		DatabaseClient.GenericExecuteSpec insert = this.database.sql("""
				insert into integrity_sanction (sanction_id, researcher_id, bars_funds, starts_on, ends_on, as_of)
				values (:id, :researcher, :barsFunds, :startsOn, :endsOn, :at)
				on conflict (sanction_id) do nothing""")
			.bind("id", imposed.sanctionId())
			.bind("researcher", imposed.researcherId())
			.bind("barsFunds", imposed.scope().receiveFunds())
			.bind("startsOn", imposed.startsOn())
			.bind("at", imposed.occurredAt());
		// No last day: a sanction for life.
		insert = (imposed.endsOn() != null) ? insert.bind("endsOn", imposed.endsOn())
				: insert.bindNull("endsOn", LocalDate.class);
		return insert.then();
	}

	public Mono<Void> lift(IntegritySanctionLifted lifted) {
		return this.database.sql("update integrity_sanction set lifted_at = :at where sanction_id = :id"
				+ " and lifted_at is null")
			.bind("id", lifted.sanctionId())
			.bind("at", lifted.occurredAt())
			.then();
	}

	/** Whether an unlifted sanction in force on the day bars the researcher from receiving funds. */
	public Mono<Boolean> barsFunds(UUID researcherId, LocalDate day) {
		return this.database.sql("""
				select 1 from integrity_sanction where researcher_id = :researcher and bars_funds and lifted_at is null
				and starts_on <= :day and (ends_on is null or ends_on >= :day) limit 1""")
			.bind("researcher", researcherId)
			.bind("day", day)
			.map((row) -> true)
			.one()
			.defaultIfEmpty(false);
	}

}
