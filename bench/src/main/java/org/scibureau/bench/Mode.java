package org.scibureau.bench;

import java.time.Duration;

/**
 * How big a run is: {@link #FULL} for the report, {@link #QUICK} for a look in under 3 minutes, {@link #SMOKE} with
 * tiny counts and nothing but the JVM, run by the tests so that the scenarios cannot rot.
 *
 * @param name its name in reports and on the command line ({@code --quick}, {@code --smoke})
 * @param warmUp how long a load runs before it is measured
 * @param duration how long it is measured
 * @param callers how many callers a closed loop has
 * @param runs how many times each measurement is taken (the median is reported)
 */
public record Mode(String name, Duration warmUp, Duration duration, int callers, int runs) {

	/**
	 * The report: three runs of each measurement after one warm-up, each long enough for thousands of requests at
	 * the platform's rates (and at least a few hundred creations); the whole run within 30 minutes. The services
	 * have had their own warm-up before (see {@link #serviceWarmUp()}): this one warms the load's connections.
	 */
	public static final Mode FULL = new Mode("full", Duration.ofSeconds(2), Duration.ofSeconds(5), 64, 3);

	/** Every scenario at reduced size: one short run of each measurement. */
	public static final Mode QUICK = new Mode("quick", Duration.ofSeconds(1), Duration.ofSeconds(2), 32, 1);

	/** Tiny counts, for the tests. */
	public static final Mode SMOKE = new Mode("smoke", Duration.ofMillis(200), Duration.ofMillis(600), 4, 1);

	/**
	 * How long a service that has just started takes load before its first figure: long enough for its JVM to
	 * compile its request path with the mode's options. Deployed (the full mode), C2 compiles a method after
	 * thousands of calls and a service answers tens of requests a second at first; the short modes run C1 only,
	 * which compiles within seconds.
	 * @return 30 s in the full mode, else three of the mode's warm-ups
	 */
	public Duration serviceWarmUp() {
		return (this == FULL) ? Duration.ofSeconds(30) : this.warmUp.multipliedBy(3);
	}

	/** Whether only the JVM may be used: no Debian packages, no separate load generator. */
	public boolean jvmOnly() {
		return this == SMOKE;
	}

}
