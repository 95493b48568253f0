package org.scibureau.local.seed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one seeding run did.
 *
 * @param created how many items of each kind it created; kinds it created none of are left out
 * @param found how many items of each kind were already there; kinds with none are left out
 * @param actions state changes it made (submissions, publications, openings, closings, formal checks, approvals,
 * score sheets, decisions, contracts, milestones, payments, expenditure reports), including those that finished items an earlier run left half done
 */
public record SeedReport(Map<Kind, Integer> created, Map<Kind, Integer> found, int actions) {

	/** A run that did nothing. */
	static final SeedReport NOTHING = new SeedReport(Map.of(), Map.of(), 0);

	public SeedReport {
		created = counts(created);
		found = counts(found);
	}

	/**
	 * One item that was created or found, and the state changes made to it.
	 * @param kind its kind
	 * @param created whether it was created rather than found
	 * @param actions the state changes
	 * @return the report of this item
	 */
	static SeedReport of(Kind kind, boolean created, int actions) {
		Map<Kind, Integer> one = Map.of(kind, 1);
		return new SeedReport(created ? one : Map.of(), created ? Map.of() : one, actions);
	}

	/**
	 * State changes made to items counted elsewhere.
	 * @param actions the state changes
	 * @return the report of them
	 */
	static SeedReport actions(int actions) {
		return new SeedReport(Map.of(), Map.of(), actions);
	}

	/**
	 * How many items of a kind were created.
	 * @param kind the kind
	 * @return the number, 0 if none
	 */
	public int created(Kind kind) {
		return this.created.getOrDefault(kind, 0);
	}

	/**
	 * How many items of a kind were already there.
	 * @param kind the kind
	 * @return the number, 0 if none
	 */
	public int found(Kind kind) {
		return this.found.getOrDefault(kind, 0);
	}

	/**
	 * Whether the run added nothing and changed nothing.
	 * @return {@code true} when everything was already seeded
	 */
	public boolean nothingToDo() {
		return this.created.isEmpty() && this.actions == 0;
	}

	/**
	 * One line for the console.
	 * @return e.g. {@code 6 organisations, 10 researchers, 8 experts, 3 plans, 6 calls, 10 projects and 2 reviews
	 * created, 42 state changes}
	 */
	public String summary() {
		if (nothingToDo()) {
			return "nothing added: " + list(this.found) + " already there";
		}
		StringBuilder summary = new StringBuilder()
			.append(list(this.created))
			.append(" created, ")
			.append(count(this.actions, "state change"));
		int found = this.found.values().stream().mapToInt(Integer::intValue).sum();
		if (found > 0) {
			summary.append("; ").append(count(found, "item")).append(" already there");
		}
		return summary.toString();
	}

	SeedReport plus(SeedReport other) {
		return new SeedReport(sum(this.created, other.created), sum(this.found, other.found),
				this.actions + other.actions);
	}

	private static Map<Kind, Integer> counts(Map<Kind, Integer> counts) {
		Map<Kind, Integer> copy = new EnumMap<>(Kind.class);
		counts.forEach((kind, count) -> {
			if (count != 0) {
				copy.put(kind, count);
			}
		});
		return Collections.unmodifiableMap(copy);
	}

	private static Map<Kind, Integer> sum(Map<Kind, Integer> left, Map<Kind, Integer> right) {
		Map<Kind, Integer> sum = new EnumMap<>(Kind.class);
		sum.putAll(left);
		right.forEach((kind, count) -> sum.merge(kind, count, Integer::sum));
		return sum;
	}

	/** {@code 6 organisations, 3 plans and 6 calls}, in seeding order. */
	private static String list(Map<Kind, Integer> counts) {
		List<String> parts = new ArrayList<>();
		counts.forEach((kind, count) -> parts.add(count(count, kind.noun())));
		if (parts.size() < 2) {
			return parts.isEmpty() ? "no items" : parts.getFirst();
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
	}

	private static String count(int count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

	/**
	 * The kinds of demo item, in the order they are seeded.
	 */
	public enum Kind {

		/** An organisation of the plan service's registry. */
		ORGANISATION,

		/** A researcher of the talent pool. */
		RESEARCHER,

		/** An expert of the review pool. */
		EXPERT,

		/** An S&amp;T plan. */
		PLAN,

		/** A fund of a fiscal year, paying for programs. */
		FUND,

		/** A call for proposals. */
		CALL,

		/** An application, or the project it became. */
		PROJECT,

		/** An expert review of a call's projects. */
		REVIEW;

		String noun() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
