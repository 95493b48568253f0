package org.scibureau.talent.researcher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.platform.data.KeysetQuery;
import org.scibureau.platform.web.PageRequest;
import org.scibureau.talent.researcher.domain.Expert;
import org.scibureau.talent.researcher.domain.ExpertProfile;

/**
 * The review profiles of experts in talent-service's database, read together with their researchers (the
 * expert's id is the researcher's, a primary key, so a researcher joins the pool once).
 */
@Repository
class Experts {

	private static final String SELECT = "select " + Researchers.COLUMNS + """
			, e.review_fields, e.conflict_organisation_ids, e.conflict_researcher_ids, e.available,
			e.unavailable_until, e.version as expert_version, e.created_at as expert_created_at,
			e.updated_at as expert_updated_at
			from expert e join researcher r on r.id = e.id""";

	private final DatabaseClient database;

	Experts(DatabaseClient database) {
		this.database = database;
	}

	Mono<Expert> insert(Expert expert) {
		return bind(this.database.sql("""
				insert into expert (id, review_fields, conflict_organisation_ids, conflict_researcher_ids, available,
				                    unavailable_until, version, created_at, updated_at)
				values (:id, :reviewFields, :conflictOrganisationIds, :conflictResearcherIds, :available,
				        :unavailableUntil, :version, :createdAt, :updatedAt)"""), expert)
			.bind("createdAt", expert.createdAt())
			.then()
			.thenReturn(expert);
	}

	/**
	 * Writes the new review profile if nobody changed it since {@code expert.version()}.
	 * @return the expert with its new version
	 * @throws OptimisticLockingFailureException when the stored version moved on
	 */
	Mono<Expert> update(Expert expert) {
		return bind(this.database.sql("""
				update expert set review_fields = :reviewFields, conflict_organisation_ids = :conflictOrganisationIds,
				    conflict_researcher_ids = :conflictResearcherIds, available = :available,
				    unavailable_until = :unavailableUntil, updated_at = :updatedAt, version = version + 1
				where id = :id and version = :version"""), expert)
			.fetch()
			.rowsUpdated()
			.flatMap((count) -> (count == 0)
					? Mono.error(new OptimisticLockingFailureException("Expert " + expert.id() + " changed"))
					: Mono.just(new Expert(expert.id(), expert.profile(), expert.version() + 1, expert.createdAt(),
							expert.updatedAt())));
	}

	Mono<ExpertEntry> findById(UUID id) {
		return this.database.sql(SELECT + " where e.id = :id").bind("id", id).map(Experts::read).one();
	}

	Mono<Boolean> exists(UUID id) {
		return this.database.sql("select exists (select 1 from expert where id = :id) as found")
			.bind("id", id)
			.map((row) -> row.get("found", Boolean.class))
			.one();
	}

	/** One page of experts, newest first, matching the filter. */
	Flux<ExpertEntry> find(ExpertFilter filter, PageRequest page) {
		KeysetQuery query = KeysetQuery.from(SELECT)
			.where("e.review_fields @> :field", "field",
					(filter.field() != null) ? new String[] { filter.field() } : null)
			.where("e.available = :available", "available", filter.available());
		return Researchers
			.matching(query, filter.text(), filter.organisationId(), filter.tier(), filter.jurisdiction(),
					filter.visibleJurisdictions())
			.page(this.database, page, "e.created_at", "e.id")
			.map(Experts::read)
			.all();
	}

	private static ExpertEntry read(Readable row) {
		ExpertProfile profile = new ExpertProfile(Arrays.asList(row.get("review_fields", String[].class)),
				Arrays.asList(row.get("conflict_organisation_ids", UUID[].class)),
				Arrays.asList(row.get("conflict_researcher_ids", UUID[].class)), row.get("available", Boolean.class),
				row.get("unavailable_until", LocalDate.class));
		Expert expert = new Expert(row.get("id", UUID.class), profile, row.get("expert_version", Long.class),
				row.get("expert_created_at", Instant.class), row.get("expert_updated_at", Instant.class));
		return new ExpertEntry(expert, Researchers.read(row));
	}

	private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, Expert expert) {
		ExpertProfile profile = expert.profile();
		spec = spec.bind("id", expert.id())
			.bind("reviewFields", profile.reviewFields().toArray(String[]::new))
			.bind("conflictOrganisationIds", profile.conflictOrganisationIds().toArray(UUID[]::new))
			.bind("conflictResearcherIds", profile.conflictResearcherIds().toArray(UUID[]::new))
			.bind("available", profile.available())
			.bind("version", expert.version())
			.bind("updatedAt", expert.updatedAt());
		return (profile.unavailableUntil() != null) ? spec.bind("unavailableUntil", profile.unavailableUntil())
				: spec.bindNull("unavailableUntil", LocalDate.class);
	}

}
