package org.scibureau.local.seed;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A demo call for proposals under a program of a demo plan, seeded until it reaches its target state.
 *
 * @param key a stable name of this seed item, part of its idempotency key
 * @param planKey the {@link PlanSeed#key()} of the plan whose program funds it
 * @param programName the program's name within that plan
 * @param title the title, which identifies the call when seeding runs again
 * @param description what the call is for and who may apply
 * @param opensAt when it is scheduled to open
 * @param closesAt when it is scheduled to close
 * @param target the state the seeder leaves it in
 */
public record CallSeed(String key, String planKey, String programName, String title, String description,
		Instant opensAt, Instant closesAt, Target target) {

	/** The body of {@code POST /api/plan/calls}. */
	Map<String, Object> body(UUID programId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("programId", programId.toString());
		body.put("title", this.title);
		body.put("description", this.description);
		body.put("opensAt", this.opensAt.toString());
		body.put("closesAt", this.closesAt.toString());
		return body;
	}

	/**
	 * Where the seeder leaves a call, in the order a call passes through them.
	 */
	public enum Target {

		/** Scheduled only: it opens later. */
		SCHEDULED,

		/** Opened: applicants may submit now. */
		OPEN,

		/** Opened, then closed. */
		CLOSED

	}

}
