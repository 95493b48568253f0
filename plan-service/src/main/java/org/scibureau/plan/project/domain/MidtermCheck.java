package org.scibureau.plan.project.domain;

import java.time.Instant;

/**
 * The outcome of a project's mid-term check.
 *
 * @param result passed, or passed with concerns
 * @param remarks the officer's remarks; required with concerns
 * @param checkedAt when it was recorded
 */
public record MidtermCheck(Result result, String remarks, Instant checkedAt) {

	/**
	 * The result of a mid-term check. Concerns do not stop the project: they are on record for the acceptance,
	 * and the officer may suspend or terminate the project separately.
	 */
	public enum Result {

		PASSED,

		CONCERNS

	}

}
