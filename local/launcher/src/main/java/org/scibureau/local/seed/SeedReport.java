package org.scibureau.local.seed;

/**
 * What one seeding run did.
 *
 * @param plansCreated plans it created
 * @param plansFound plans that were already there
 * @param callsCreated calls it created
 * @param callsFound calls that were already there
 * @param actions state changes it made (submissions, publications, openings, closings), including those that
 * finished items an earlier run left half done
 */
public record SeedReport(int plansCreated, int plansFound, int callsCreated, int callsFound, int actions) {

	/**
	 * Whether the run added nothing and changed nothing.
	 * @return {@code true} when everything was already seeded
	 */
	public boolean nothingToDo() {
		return this.plansCreated == 0 && this.callsCreated == 0 && this.actions == 0;
	}

	/**
	 * One line for the console.
	 * @return e.g. {@code 3 plans and 6 calls created, 10 state changes}
	 */
	public String summary() {
		if (nothingToDo()) {
			return "nothing added: " + count(this.plansFound, "plan") + " and " + count(this.callsFound, "call")
					+ " already there";
		}
		StringBuilder summary = new StringBuilder()
			.append(count(this.plansCreated, "plan"))
			.append(" and ")
			.append(count(this.callsCreated, "call"))
			.append(" created, ")
			.append(count(this.actions, "state change"));
		if (this.plansFound + this.callsFound > 0) {
			summary.append("; ").append(count(this.plansFound + this.callsFound, "item")).append(" already there");
		}
		return summary.toString();
	}

	SeedReport plus(SeedReport other) {
		return new SeedReport(this.plansCreated + other.plansCreated, this.plansFound + other.plansFound,
				this.callsCreated + other.callsCreated, this.callsFound + other.callsFound,
				this.actions + other.actions);
	}

	private static String count(int count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

}
