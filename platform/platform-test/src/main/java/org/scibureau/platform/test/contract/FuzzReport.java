package org.scibureau.platform.test.contract;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The outcome of a fuzzing run.
 *
 * @param rounds how many rounds ran (every operation once per round)
 * @param requests how many requests were sent, regression cases included
 * @param statuses how many answers had each status
 * @param succeeded the operations that answered 2xx at least once
 * @param operations how many operations the contract has
 * @param failures the requests that broke a rule, one per operation, status and kind of violation
 * @param took how long the run took
 */
public record FuzzReport(int rounds, int requests, Map<Integer, Integer> statuses, List<String> succeeded,
		int operations, List<Failure> failures, Duration took) {

	private static final ObjectMapper json = new ObjectMapper();

	/** A few lines saying what ran and what it found. */
	public String summary() {
		StringBuilder summary = new StringBuilder();
		summary.append("Contract fuzzing: ").append(this.requests)
			.append(" requests in ").append(this.took.toMillis()).append(" ms (").append(this.rounds)
			.append(" rounds over ").append(this.operations).append(" operations, ").append(this.succeeded.size())
			.append(" of them answered 2xx at least once)\nStatuses: ")
			.append(this.statuses.entrySet().stream().map((entry) -> entry.getKey() + "×" + entry.getValue())
				.collect(Collectors.joining(", ")))
			.append('\n');
		for (Failure failure : this.failures) {
			summary.append("\n").append(failure.request().operation()).append(" as ").append(failure.request().caller())
				.append(" → ").append(failure.status()).append("\n  ").append(failure.request().method()).append(' ')
				.append(failure.request().uri()).append("\n  body: ").append(failure.request().body())
				.append("\n  answer: ").append(failure.answer()).append("\n  - ")
				.append(String.join("\n  - ", failure.violations())).append('\n');
		}
		return summary.toString();
	}

	/** The failing requests as regression lines, one JSON {@link FuzzCase} per line. */
	public String regressionLines() {
		StringBuilder lines = new StringBuilder();
		for (Failure failure : this.failures) {
			try {
				lines.append(json.writeValueAsString(failure.request())).append('\n');
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return lines.toString();
	}

	/**
	 * A request that broke a rule.
	 *
	 * @param request the request
	 * @param status the status it got
	 * @param violations the rules it broke
	 * @param answer the body it got, abbreviated
	 */
	public record Failure(FuzzCase request, int status, List<String> violations, String answer) {
	}

}
