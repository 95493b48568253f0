package org.scibureau.platform.audit;

import org.springframework.http.HttpStatusCode;

/**
 * How a state-changing request ended, as an auditor asks about it: did it change something, was it turned away, or
 * did it break.
 */
public enum AuditOutcome {

	/** Answered 1xx-3xx, or its change committed. */
	SUCCEEDED,

	/** Answered 4xx: the caller, its token, its role or its request was refused. */
	REFUSED,

	/** Answered 5xx: the service failed. */
	FAILED;

	/** The outcome of a request answered with the status. */
	public static AuditOutcome of(HttpStatusCode status) {
		if (status.is5xxServerError()) {
			return FAILED;
		}
		return status.is4xxClientError() ? REFUSED : SUCCEEDED;
	}

}
