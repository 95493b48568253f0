package org.scibureau.local.launcher;

import org.jspecify.annotations.Nullable;

/**
 * What {@code ./scibureau} was asked to do.
 */
sealed interface Command {

	/**
	 * Start the platform and wait until it is ready.
	 *
	 * @param demo seed demo data
	 * @param detach leave it running in the background
	 * @param fresh delete all data first
	 */
	record Up(boolean demo, boolean detach, boolean fresh) implements Command {
	}

	/**
	 * Run the platform as a background supervisor: what {@code up --detach} starts.
	 *
	 * @param demo seed demo data
	 * @param fresh delete all data first
	 */
	record Supervise(boolean demo, boolean fresh) implements Command {
	}

	/** Stop the platform. */
	record Down() implements Command {
	}

	/** Report each component's state. */
	record Status() implements Command {
	}

	/**
	 * Print an access token.
	 *
	 * @param role one role or several separated by commas
	 * @param org the organisation id claim
	 * @param jurisdiction the division code claim
	 * @param talentId the talent id claim
	 */
	record Token(String role, @Nullable String org, String jurisdiction, @Nullable String talentId) implements Command {
	}

	/** Print the usage. */
	record Help() implements Command {
	}

}
