package org.scibureau.talent.researcher;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.platform.data.KeysetQuery;
import org.scibureau.platform.web.PageRequest;
import org.scibureau.talent.researcher.domain.Orcid;
import org.scibureau.talent.researcher.domain.Researcher;
import org.scibureau.talent.researcher.domain.ResearcherProfile;
import org.scibureau.talent.researcher.domain.TalentTier;

/**
 * The researchers in talent-service's database (table alias {@code r}); the ORCID iD is unique (a constraint, so
 * two concurrent registrations of one iD cannot both succeed).
 */
@Repository
class Researchers {

	/** The researcher's columns, for queries that read researchers, alone or joined. */
	static final String COLUMNS = """
			r.id, r.reference, r.name, r.orcid, r.organisation_id, r.fields, r.title, r.tier, r.nationality,
			r.jurisdiction, r.version, r.created_at, r.updated_at""";

	private final DatabaseClient database;

	Researchers(DatabaseClient database) {
		this.database = database;
	}

	Mono<Researcher> insert(Researcher researcher) {
		return bind(this.database.sql("""
				insert into researcher (id, reference, name, orcid, organisation_id, fields, title, tier, nationality,
				                        jurisdiction, version, created_at, updated_at)
				values (:id, :reference, :name, :orcid, :organisationId, :fields, :title, :tier, :nationality,
				        :jurisdiction, :version, :createdAt, :updatedAt)"""), researcher)
			.bind("reference", researcher.reference())
			.bind("createdAt", researcher.createdAt())
			.then()
			.thenReturn(researcher);
	}

	/**
	 * Writes the new profile if nobody changed it since {@code researcher.version()}.
	 * @return the researcher with its new version
	 * @throws OptimisticLockingFailureException when the stored version moved on
	 */
	Mono<Researcher> update(Researcher researcher) {
		return bind(this.database.sql("""
				update researcher set name = :name, orcid = :orcid, organisation_id = :organisationId, fields = :fields,
				    title = :title, tier = :tier, nationality = :nationality, jurisdiction = :jurisdiction,
				    updated_at = :updatedAt, version = version + 1
				where id = :id and version = :version"""), researcher)
			.fetch()
			.rowsUpdated()
			.flatMap((count) -> (count == 0)
					? Mono.error(new OptimisticLockingFailureException("Researcher " + researcher.id() + " changed"))
					: Mono.just(new Researcher(researcher.id(), researcher.reference(), researcher.profile(),
							researcher.version() + 1, researcher.createdAt(), researcher.updatedAt())));
	}

	Mono<Researcher> findById(UUID id) {
		return this.database.sql("select " + COLUMNS + " from researcher r where r.id = :id")
			.bind("id", id)
			.map(Researchers::read)
			.one();
	}

	Mono<Boolean> exists(UUID id) {
		return this.database.sql("select exists (select 1 from researcher where id = :id) as found")
			.bind("id", id)
			.map((row) -> row.get("found", Boolean.class))
			.one();
	}

	/** Whether a researcher other than {@code except} has the ORCID iD. */
	Mono<Boolean> orcidTaken(Orcid orcid, UUID except) {
		return this.database.sql("select exists (select 1 from researcher where orcid = :orcid and id <> :id) as taken")
			.bind("orcid", orcid.value())
			.bind("id", except)
			.map((row) -> row.get("taken", Boolean.class))
			.one();
	}

	/** One page of researchers, newest first, matching the filter. */
	Flux<Researcher> find(ResearcherFilter filter, PageRequest page) {
		KeysetQuery query = KeysetQuery.from("select " + COLUMNS + " from researcher r")
			.where("r.fields @> :field", "field", (filter.field() != null) ? new String[] { filter.field() } : null)
			.where("r.organisation_id = :own", "own", filter.onlyOrganisation());
		return matching(query, filter.text(), filter.organisationId(), filter.tier(), filter.jurisdiction(),
				filter.visibleJurisdictions())
			.page(this.database, page, "r.created_at", "r.id")
			.map(Researchers::read)
			.all();
	}

	/**
	 * Adds the filters on a researcher's facts that researcher and expert lists share; {@code null} means "any".
	 * @param text the name contains it, or it is exactly the ORCID iD
	 */
	static KeysetQuery matching(KeysetQuery query, @Nullable String text, @Nullable UUID organisationId,
			@Nullable TalentTier tier, @Nullable String jurisdiction, @Nullable String visibleJurisdictions) {
		return query.where("(strpos(lower(r.name), lower(:text)) > 0 or r.orcid = upper(:text))", "text", text)
			.where("r.organisation_id = :organisationId", "organisationId", organisationId)
			.where("r.tier = :tier", "tier", (tier != null) ? tier.name() : null)
			.where("r.jurisdiction = :jurisdiction", "jurisdiction", jurisdiction)
			.where("r.jurisdiction like :visible", "visible", visibleJurisdictions);
	}

	/** The researcher of a row that has the {@link #COLUMNS}. */
	static Researcher read(Readable row) {
		String orcid = row.get("orcid", String.class);
		String tier = row.get("tier", String.class);
		ResearcherProfile profile = new ResearcherProfile(row.get("name", String.class),
				(orcid != null) ? new Orcid(orcid) : null, row.get("organisation_id", UUID.class),
				Arrays.asList(row.get("fields", String[].class)), row.get("title", String.class),
				(tier != null) ? TalentTier.valueOf(tier) : null, row.get("nationality", String.class),
				row.get("jurisdiction", String.class));
		return new Researcher(row.get("id", UUID.class), row.get("reference", String.class), profile,
				row.get("version", Long.class), row.get("created_at", Instant.class),
				row.get("updated_at", Instant.class));
	}

	private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec,
			Researcher researcher) {
		ResearcherProfile profile = researcher.profile();
		spec = spec.bind("id", researcher.id())
			.bind("name", profile.name())
			.bind("fields", profile.fields().toArray(String[]::new))
			.bind("nationality", profile.nationality())
			.bind("jurisdiction", profile.jurisdiction())
			.bind("version", researcher.version())
			.bind("updatedAt", researcher.updatedAt());
		spec = (profile.orcid() != null) ? spec.bind("orcid", profile.orcid().value())
				: spec.bindNull("orcid", String.class);
		spec = (profile.organisationId() != null) ? spec.bind("organisationId", profile.organisationId())
				: spec.bindNull("organisationId", UUID.class);
		spec = (profile.title() != null) ? spec.bind("title", profile.title()) : spec.bindNull("title", String.class);
		return (profile.tier() != null) ? spec.bind("tier", profile.tier().name())
				: spec.bindNull("tier", String.class);
	}

}
