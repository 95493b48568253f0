package org.scibureau.bench.scenario;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.scibureau.bench.BenchContext;
import org.scibureau.bench.Goal;
import org.scibureau.bench.Measurement;
import org.scibureau.bench.Mode;
import org.scibureau.bench.Scenario;
import org.scibureau.bench.ScenarioResult;
import org.scibureau.bench.load.EchoBackend;
import org.scibureau.bench.load.GatewayProcess;
import org.scibureau.bench.load.HttpLoad;
import org.scibureau.platform.test.token.TestTokens;

/**
 * Scenario 1: the same cheap authenticated GET sent direct to a backend and through the gateway (which checks the
 * token, rate-limits, and wraps the route in its circuit breaker and time limiter), with a backend that answers at
 * once and one that takes 20 ms. Saturation throughput by closed loop; p50/p99 by open loop at half of the gateway's
 * saturation. The token check's own cost: the gateway's public path, which checks no token, beside the token path.
 */
public final class GatewayHop implements Scenario {

	private static final Duration SLOW = Duration.ofMillis(20);

	private static final String CLIENT = "scibureau-bench";

	@Override
	public String name() {
		return "gateway-hop";
	}

	@Override
	public ScenarioResult run(BenchContext context) throws Exception {
		Mode mode = context.mode();
		TestTokens tokens = TestTokens.shared();
		String token = tokens.token().clientId(CLIENT).subject(CLIENT).roles("partner-system").build();
		Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
		List<Measurement> measurements = new ArrayList<>();
		List<Goal> goals = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		try (EchoBackend fast = EchoBackend.start(Duration.ZERO);
				EchoBackend slow = EchoBackend.start(SLOW);
				GatewayProcess gateway = GatewayProcess.start(context.jar("gateway"), FreePorts.one(),
						Map.of("plan", backend(fast), "funding", backend(slow)), tokens.issuer(), tokens.jwkSetUri(),
						context.work().resolve("gateway.log"), gatewayOptions(context))) {
			// Zero-delay backend: saturation direct, through the gateway, and through it without a token check.
			HttpLoad direct = new HttpLoad(backend(fast).resolve("/api/plan/bench"), bearer);
			HttpLoad hop = new HttpLoad(gateway.uri().resolve("/api/plan/bench"), bearer);
			HttpLoad open = new HttpLoad(gateway.uri().resolve("/api/plan/public/bench"), Map.of());
			Measurement directMax = median(mode, () -> direct.closedLoop("saturation", "direct", mode.callers(),
					mode.warmUp(), mode.duration()));
			Measurement hopMax = median(mode, () -> hop.closedLoop("saturation", "gateway", mode.callers(),
					mode.warmUp(), mode.duration()));
			Measurement openMax = median(mode, () -> open.closedLoop("saturation", "gateway, no token check",
					mode.callers(), mode.warmUp(), mode.duration()));
			measurements.addAll(List.of(directMax, hopMax, openMax));
			goals.add(new Goal("gateway/direct throughput, zero-delay backend", ratio(hopMax, directMax), true, 0.35,
					"×"));
			// Half of the gateway's saturation, offered at a fixed rate to both.
			double rate = Math.max(1, hopMax.throughput() / 2);
			String atRate = "rate %.0f/s".formatted(rate);
			Measurement directAtRate = direct.openLoop(atRate, "direct", rate, mode.warmUp(), mode.duration());
			Measurement hopAtRate = hop.openLoop(atRate, "gateway", rate, mode.warmUp(), mode.duration());
			measurements.addAll(List.of(directAtRate, hopAtRate));
			goals.add(new Goal("p99 the gateway adds at half its saturation",
					hopAtRate.latency().p99() - directAtRate.latency().p99(), false, 1.5, "ms"));
			notes.add("token check's cost: %.0f/s without it, %.0f/s with it (%.2f×)".formatted(openMax.throughput(),
					hopMax.throughput(), ratio(hopMax, openMax)));
			// 20 ms backend: the hop's share of a realistic request.
			HttpLoad slowDirect = new HttpLoad(backend(slow).resolve("/api/funding/bench"), bearer);
			HttpLoad slowHop = new HttpLoad(gateway.uri().resolve("/api/funding/bench"), bearer);
			Measurement slowDirectMax = median(mode, () -> slowDirect.closedLoop("saturation, 20 ms backend",
					"direct", mode.callers(), mode.warmUp(), mode.duration()));
			Measurement slowHopMax = median(mode, () -> slowHop.closedLoop("saturation, 20 ms backend", "gateway",
					mode.callers(), mode.warmUp(), mode.duration()));
			measurements.addAll(List.of(slowDirectMax, slowHopMax));
			goals.add(new Goal("gateway/direct throughput, 20 ms backend", ratio(slowHopMax, slowDirectMax), true,
					0.90, "×"));
		}
		notes.add("load: the bench's JVM load generator (JDK HttpClient, virtual threads), %d callers, %s warm-up, "
			.formatted(mode.callers(), mode.warmUp()) + "%s measured, median of %d runs".formatted(mode.duration(),
					mode.runs()));
		notes.add("the bench's client is of the gateway's 'bench' limit class (10⁶ requests/s), above any load offered");
		notes.add("not yet measured: nginx as the plain reverse-proxy reference, and hey/wrk as the separate load "
				+ "process; the goals against nginx are missing until then");
		return new ScenarioResult(name(), "The gateway's hop: direct to a backend vs through the gateway",
				measurements, goals, notes, null);
	}

	/** A small heap, and with {@code SCIBUREAU_BENCH_PROFILE} set a JFR recording in the work directory. */
	private static List<String> gatewayOptions(BenchContext context) {
		List<String> options = new ArrayList<>(List.of("-Xmx512m"));
		if (System.getenv("SCIBUREAU_BENCH_PROFILE") != null) {
			options.add("-XX:StartFlightRecording=settings=profile,filename=" + context.work().resolve("gateway.jfr"));
		}
		return options;
	}

	private static URI backend(EchoBackend backend) {
		return URI.create("http://127.0.0.1:" + backend.port());
	}

	private static double ratio(Measurement measured, Measurement reference) {
		return (reference.throughput() > 0) ? measured.throughput() / reference.throughput() : 0;
	}

	/** The run of median throughput of the mode's runs. */
	private static Measurement median(Mode mode, Supplier<Measurement> run) {
		List<Measurement> runs = new ArrayList<>();
		for (int i = 0; i < mode.runs(); i++) {
			runs.add(run.get());
		}
		runs.sort(Comparator.comparingDouble(Measurement::throughput));
		return runs.get(runs.size() / 2);
	}

}
