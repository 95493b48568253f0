package org.scibureau.plan.organisation.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An applicant organisation in the registry: a university, institute, enterprise or hospital.
 *
 * @param id the organisation
 * @param creditCode its unified social credit code, unique in the registry
 * @param name its registered name
 * @param type its kind
 * @param jurisdiction the 6-digit division it belongs to
 * @param version the optimistic-locking version, also the ETag
 * @param createdAt when it was registered
 * @param updatedAt when its facts last changed
 */
public record Organisation(UUID id, UnifiedSocialCreditCode creditCode, String name, OrganisationType type,
		String jurisdiction, long version, Instant createdAt, Instant updatedAt) {

	/** The only state an organisation has in its history. */
	public static final String REGISTERED = "REGISTERED";

	public Organisation {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(creditCode, "creditCode");
		if (name.isBlank()) {
			throw new IllegalArgumentException("An organisation needs a name");
		}
	}

	/** A newly registered organisation. */
	public static Organisation register(UUID id, UnifiedSocialCreditCode creditCode, String name,
			OrganisationType type, String jurisdiction, Instant now) {
		return new Organisation(id, creditCode, name, type, jurisdiction, 0, now, now);
	}

	/** The organisation with corrected or changed registration facts. */
	public Organisation update(UnifiedSocialCreditCode newCode, String newName, OrganisationType newType,
			String newJurisdiction, Instant now) {
		return new Organisation(this.id, newCode, newName, newType, newJurisdiction, this.version, this.createdAt, now);
	}

}
