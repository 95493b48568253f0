package org.scibureau.platform.events.talent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A research-integrity sanction was imposed on a researcher (科研失信行为调查处理规则, 国科发监〔2022〕221号). While it is
 * active (from {@code startsOn} to {@code endsOn}, or for life when {@code endsOn} is null), every service applies its
 * scope: plan-service refuses applications and suspends or terminates projects, funding-service freezes tranches,
 * awards-service disqualifies nominations.
 *
 * @param eventId the event's identity
 * @param occurredAt when the sanction was entered
 * @param sanctionId the sanction
 * @param researcherId the sanctioned researcher (talent id)
 * @param misconduct the kind of misconduct found, e.g. {@code PLAGIARISM}
 * @param measures the measures decided, e.g. {@code SUSPENSION_OF_FUNDED_ACTIVITY}, {@code TERMINATION_OF_PROJECTS}
 * @param scope what the researcher may not do while the sanction is active
 * @param startsOn the first day of the sanction
 * @param endsOn the last day of the sanction, or null for life
 * @param jurisdiction the administrative division that decided it
 */
public record IntegritySanctionImposed(UUID eventId, Instant occurredAt, UUID sanctionId, UUID researcherId,
		String misconduct, List<String> measures, Scope scope, LocalDate startsOn, @Nullable LocalDate endsOn,
		String jurisdiction) implements IntegritySanctionEvent {

	public IntegritySanctionImposed {
		measures = List.copyOf(measures);
	}

	/**
	 * What an active sanction forbids; each flag true means "barred from".
	 *
	 * @param apply applying for projects (plan-service)
	 * @param receiveFunds receiving new funds (funding-service)
	 * @param beNominated being nominated for awards and talent titles
	 * @param nominate nominating others for awards
	 * @param review serving as a reviewing expert
	 */
	public record Scope(boolean apply, boolean receiveFunds, boolean beNominated, boolean nominate, boolean review) {
	}

}
