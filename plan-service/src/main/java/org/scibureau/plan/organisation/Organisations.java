package org.scibureau.plan.organisation;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.plan.organisation.domain.Organisation;
import org.scibureau.plan.organisation.domain.OrganisationType;
import org.scibureau.plan.organisation.domain.UnifiedSocialCreditCode;
import org.scibureau.platform.data.KeysetQuery;
import org.scibureau.platform.web.PageRequest;

/**
 * The organisation registry in plan-service's database; the credit code is unique (a constraint, so two
 * concurrent registrations of one organisation cannot both succeed).
 */
@Repository
class Organisations {

	private static final String COLUMNS = "id, credit_code, name, type, jurisdiction, version, created_at, updated_at";

	private final DatabaseClient database;

	Organisations(DatabaseClient database) {
		this.database = database;
	}

	Mono<Organisation> insert(Organisation organisation) {
		return bind(this.database.sql("insert into organisation (" + COLUMNS + """
				) values (:id, :creditCode, :name, :type, :jurisdiction, :version, :createdAt, :updatedAt)"""),
				organisation)
			.bind("createdAt", organisation.createdAt())
			.then()
			.thenReturn(organisation);
	}

	/**
	 * Writes the new facts if nobody changed them since {@code organisation.version()}.
	 * @throws OptimisticLockingFailureException when the stored version moved on
	 */
	Mono<Organisation> update(Organisation organisation) {
		return bind(this.database.sql("""
				update organisation set credit_code = :creditCode, name = :name, type = :type,
				    jurisdiction = :jurisdiction, updated_at = :updatedAt, version = version + 1
				where id = :id and version = :version"""), organisation)
			.fetch()
			.rowsUpdated()
			.flatMap((count) -> (count == 0)
					? Mono.error(new OptimisticLockingFailureException("Organisation " + organisation.id() + " changed"))
					: Mono.just(new Organisation(organisation.id(), organisation.creditCode(), organisation.name(),
							organisation.type(), organisation.jurisdiction(), organisation.version() + 1,
							organisation.createdAt(), organisation.updatedAt())));
	}

	Mono<Organisation> findById(UUID id) {
		return this.database.sql("select " + COLUMNS + " from organisation where id = :id")
			.bind("id", id)
			.map(Organisations::read)
			.one();
	}

	Flux<Organisation> find(OrganisationFilter filter, PageRequest page) {
		return KeysetQuery.from("select " + COLUMNS + " from organisation")
			.where("type = :type", "type", (filter.type() != null) ? filter.type().name() : null)
			.where("jurisdiction = :jurisdiction", "jurisdiction", filter.jurisdiction())
			.where("jurisdiction like :visible", "visible", filter.visibleJurisdictions())
			.where("id = :own", "own", filter.onlyOrganisation())
			.where("credit_code = :creditCode", "creditCode", filter.creditCode())
			.containing("name", "text", filter.text())
			.page(this.database, page, "created_at", "id")
			.map(Organisations::read)
			.all();
	}

	private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec,
			Organisation organisation) {
		return spec.bind("id", organisation.id())
			.bind("creditCode", organisation.creditCode().value())
			.bind("name", organisation.name())
			.bind("type", organisation.type().name())
			.bind("jurisdiction", organisation.jurisdiction())
			.bind("version", organisation.version())
			.bind("updatedAt", organisation.updatedAt());
	}

	private static Organisation read(Readable row) {
		return new Organisation(row.get("id", UUID.class),
				new UnifiedSocialCreditCode(row.get("credit_code", String.class)), row.get("name", String.class),
				OrganisationType.valueOf(row.get("type", String.class)), row.get("jurisdiction", String.class).trim(),
				row.get("version", Long.class), row.get("created_at", Instant.class),
				row.get("updated_at", Instant.class));
	}

}
