package org.scibureau.plan.talentpool;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.plan.talentpool.domain.ExpertProfile;
import org.scibureau.plan.talentpool.domain.ResearcherProfile;
import org.scibureau.plan.talentpool.domain.Sanction;
import org.scibureau.platform.events.talent.ExpertEvent;
import org.scibureau.platform.events.talent.IntegritySanctionImposed;
import org.scibureau.platform.events.talent.IntegritySanctionLifted;
import org.scibureau.platform.events.talent.ResearcherEvent;

/**
 * The researchers, experts and integrity sanctions plan-service has learnt from talent-service's events. Every
 * write keeps the newest facts: an event older than what a row already holds changes nothing.
 */
@Repository
public class TalentPool {

	private final DatabaseClient database;

	TalentPool(DatabaseClient database) {
		this.database = database;
	}

	/** The researcher, if the pool knows them. */
	public Mono<ResearcherProfile> researcher(UUID id) {
		return this.database
			.sql("select researcher_id, orcid, organisation_id, fields from researcher_ref where researcher_id = :id")
			.bind("id", id)
			.map((row) -> new ResearcherProfile(row.get("researcher_id", UUID.class), row.get("orcid", String.class),
					row.get("organisation_id", UUID.class), strings(row, "fields")))
			.one();
	}

	/** Every expert of the pool, available or not, in id order. */
	public Flux<ExpertProfile> experts() {
		return this.database.sql("""
				select expert_id, organisation_id, fields, conflict_organisation_ids, conflict_researcher_ids, available,
				       unavailable_until
				from expert_ref order by expert_id""")
			.map(TalentPool::readExpert)
			.all();
	}

	/** The sanctions of a researcher that were not lifted, in force or not. */
	public Flux<Sanction> sanctionsOf(UUID researcherId) {
		return this.database.sql("""
				select sanction_id, researcher_id, measures, bars_apply, bars_review, starts_on, ends_on, lifted_at
				from integrity_sanction where researcher_id = :id and lifted_at is null order by starts_on""")
			.bind("id", researcherId)
			.map((row) -> new Sanction(row.get("sanction_id", UUID.class), row.get("researcher_id", UUID.class),
					strings(row, "measures"), Boolean.TRUE.equals(row.get("bars_apply", Boolean.class)),
					Boolean.TRUE.equals(row.get("bars_review", Boolean.class)), row.get("starts_on", LocalDate.class),
					row.get("ends_on", LocalDate.class), null))
			.all();
	}

	/** Whether a sanction in force on {@code day} bars the researcher from applying. */
	public Mono<Boolean> barredFromApplying(UUID researcherId, LocalDate day) {
		return sanctionsOf(researcherId).any((sanction) -> sanction.barsApplying() && sanction.activeOn(day));
	}

	Mono<Void> remember(ResearcherEvent event) {
		return this.database.sql("""
				insert into researcher_ref (researcher_id, orcid, organisation_id, fields, jurisdiction, as_of)
				values (:id, :orcid, :organisationId, :fields, :jurisdiction, :asOf)
				on conflict (researcher_id) do update
				    set orcid = excluded.orcid, organisation_id = excluded.organisation_id, fields = excluded.fields,
				        jurisdiction = excluded.jurisdiction, as_of = excluded.as_of
				    where researcher_ref.as_of <= excluded.as_of""")
			.bind("id", event.researcherId())
			.bind("orcid", nullable(event.orcid(), String.class))
			.bind("organisationId", nullable(event.organisationId(), UUID.class))
			.bind("fields", event.fields().toArray(String[]::new))
			.bind("jurisdiction", event.jurisdiction())
			.bind("asOf", event.occurredAt())
			.then();
	}

	Mono<Void> remember(ExpertEvent event) {
		return this.database.sql("""
				insert into expert_ref (expert_id, organisation_id, fields, conflict_organisation_ids,
				                        conflict_researcher_ids, available, unavailable_until, jurisdiction, as_of)
				values (:id, :organisationId, :fields, :conflictOrganisations, :conflictResearchers, :available,
				        :unavailableUntil, :jurisdiction, :asOf)
				on conflict (expert_id) do update
				    set organisation_id = excluded.organisation_id, fields = excluded.fields,
				        conflict_organisation_ids = excluded.conflict_organisation_ids,
				        conflict_researcher_ids = excluded.conflict_researcher_ids, available = excluded.available,
				        unavailable_until = excluded.unavailable_until, jurisdiction = excluded.jurisdiction,
				        as_of = excluded.as_of
				    where expert_ref.as_of <= excluded.as_of""")
			.bind("id", event.expertId())
			.bind("organisationId", nullable(event.organisationId(), UUID.class))
			.bind("fields", event.fields().toArray(String[]::new))
			.bind("conflictOrganisations", event.conflictOrganisationIds().toArray(UUID[]::new))
			.bind("conflictResearchers", event.conflictResearcherIds().toArray(UUID[]::new))
			.bind("available", event.available())
			.bind("unavailableUntil", nullable(event.unavailableUntil(), LocalDate.class))
			.bind("jurisdiction", event.jurisdiction())
			.bind("asOf", event.occurredAt())
			.then();
	}

	Mono<Void> remember(IntegritySanctionImposed imposed) {
		IntegritySanctionImposed.Scope scope = imposed.scope();
		return this.database.sql("""
				insert into integrity_sanction (sanction_id, researcher_id, misconduct, measures, bars_apply, bars_funds,
				                                bars_nominated, bars_nominate, bars_review, starts_on, ends_on,
				                                jurisdiction, as_of)
				values (:id, :researcherId, :misconduct, :measures, :apply, :funds, :nominated, :nominate, :review,
				        :startsOn, :endsOn, :jurisdiction, :asOf)
				on conflict (sanction_id) do nothing""")
			.bind("id", imposed.sanctionId())
			.bind("researcherId", imposed.researcherId())
			.bind("misconduct", imposed.misconduct())
			.bind("measures", imposed.measures().toArray(String[]::new))
			.bind("apply", scope.apply())
			.bind("funds", scope.receiveFunds())
			.bind("nominated", scope.beNominated())
			.bind("nominate", scope.nominate())
			.bind("review", scope.review())
			.bind("startsOn", imposed.startsOn())
			.bind("endsOn", nullable(imposed.endsOn(), LocalDate.class))
			.bind("jurisdiction", imposed.jurisdiction())
			.bind("asOf", imposed.occurredAt())
			.then();
	}

	/**
	 * Marks the sanction lifted. A lift that arrives before its imposition (they share the sanction's stream, so
	 * only a producer's mistake does this) finds no row and changes nothing.
	 */
	Mono<Void> remember(IntegritySanctionLifted lifted) {
		return this.database.sql("""
				update integrity_sanction set lifted_at = :at, lift_reason = :reason, as_of = :at
				where sanction_id = :id and lifted_at is null""")
			.bind("id", lifted.sanctionId())
			.bind("at", lifted.occurredAt())
			.bind("reason", lifted.reason())
			.then();
	}

	private static ExpertProfile readExpert(Readable row) {
		return new ExpertProfile(row.get("expert_id", UUID.class), row.get("organisation_id", UUID.class),
				strings(row, "fields"), uuids(row, "conflict_organisation_ids"), uuids(row, "conflict_researcher_ids"),
				Boolean.TRUE.equals(row.get("available", Boolean.class)), row.get("unavailable_until", LocalDate.class));
	}

	private static List<String> strings(Readable row, String column) {
		String[] values = row.get(column, String[].class);
		return (values != null) ? Arrays.asList(values) : List.of();
	}

	private static List<UUID> uuids(Readable row, String column) {
		UUID[] values = row.get(column, UUID[].class);
		return (values != null) ? Arrays.asList(values) : List.of();
	}

	private static <T> Parameter nullable(@Nullable T value, Class<T> type) {
		return Parameter.fromOrEmpty(value, type);
	}

}
