package org.scibureau.bench;

/**
 * One scenario of the bench: it starts what it needs on loopback, measures, stops everything, and says which
 * goals it met.
 */
public interface Scenario {

	/** Its name on the command line, e.g. {@code gateway-hop}. */
	String name();

	/**
	 * Runs it.
	 * @param context the run's settings and helpers
	 * @return what it measured
	 * @throws Exception if it could not run; the bench reports it as skipped with the reason
	 */
	ScenarioResult run(BenchContext context) throws Exception;

}
