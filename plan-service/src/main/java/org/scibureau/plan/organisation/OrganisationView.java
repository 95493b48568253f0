package org.scibureau.plan.organisation;

import java.time.Instant;
import java.util.UUID;

import org.scibureau.plan.organisation.domain.Organisation;

/**
 * An organisation as the API shows it.
 *
 * @param id the organisation
 * @param creditCode its unified social credit code
 * @param name its registered name
 * @param type its kind
 * @param jurisdiction its division
 * @param version the version (the ETag without quotes)
 * @param createdAt when it was registered
 * @param updatedAt when its facts last changed
 */
record OrganisationView(UUID id, String creditCode, String name, String type, String jurisdiction, long version,
		Instant createdAt, Instant updatedAt) {

	static OrganisationView of(Organisation organisation) {
		return new OrganisationView(organisation.id(), organisation.creditCode().value(), organisation.name(),
				organisation.type().name(), organisation.jurisdiction(), organisation.version(),
				organisation.createdAt(), organisation.updatedAt());
	}

}
