package org.scibureau.local.process;

/**
 * What a health endpoint answered.
 *
 * @param state UP, another reported status, or no answer at all
 * @param detail the status as reported, or why there was no answer
 */
public record Health(State state, String detail) {

	static final Health UP = new Health(State.UP, "UP");

	/**
	 * Whether the component reported itself UP.
	 * @return {@code true} only for an answer with status UP
	 */
	public boolean isUp() {
		return this.state == State.UP;
	}

	/**
	 * Whether the component answered at all.
	 * @return {@code false} when nothing answered or the answer was no health report
	 */
	public boolean answered() {
		return this.state != State.UNREACHABLE;
	}

	/**
	 * The kinds of answer.
	 */
	public enum State {

		/** The endpoint answered with status UP. */
		UP,

		/** The endpoint answered with another status (DOWN, OUT_OF_SERVICE, ...). */
		NOT_UP,

		/** Nothing answered, or the answer was not a health report. */
		UNREACHABLE

	}

}
