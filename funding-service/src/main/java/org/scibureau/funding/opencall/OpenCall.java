package org.scibureau.funding.opencall;

import java.time.Instant;
import java.util.UUID;

/**
 * An open call for proposals, as funding-service knows it.
 *
 * @param callId the call (plan-service's id)
 * @param reference the officials' reference
 * @param planId the plan it belongs to
 * @param programId the program it funds
 * @param title its title
 * @param opensAt when it opened for submissions
 * @param closesAt when it is scheduled to close
 * @param jurisdiction the owning division
 */
record OpenCall(UUID callId, String reference, UUID planId, UUID programId, String title, Instant opensAt,
		Instant closesAt, String jurisdiction) {
}
