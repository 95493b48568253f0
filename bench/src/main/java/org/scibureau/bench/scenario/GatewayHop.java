package org.scibureau.bench.scenario;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scibureau.bench.BenchContext;
import org.scibureau.bench.Goal;
import org.scibureau.bench.Measurement;
import org.scibureau.bench.Mode;
import org.scibureau.bench.Scenario;
import org.scibureau.bench.ScenarioResult;
import org.scibureau.bench.load.CpuPinning;
import org.scibureau.bench.load.EchoBackend;
import org.scibureau.bench.load.GatewayProcess;
import org.scibureau.bench.load.Load;
import org.scibureau.bench.load.NginxProcess;
import org.scibureau.bench.load.Profile;
import org.scibureau.bench.load.ServiceProcess;
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

	private static final double HEY_RESOLUTION_MS = 0.1;

	@Override
	public String name() {
		return "gateway-hop";
	}

	@Override
	public ScenarioResult run(BenchContext context) throws Exception {
		Mode mode = context.mode();
		TestTokens tokens = TestTokens.shared();
		String token = tokens.token()
			.clientId(CLIENT)
			.subject(CLIENT)
			.roles("partner-system")
			.expiresIn(Duration.ofHours(1))
			.build();
		Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
		List<Measurement> measurements = new ArrayList<>();
		List<Goal> goals = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		Optional<CpuPinning> pinning = mode.jvmOnly() ? Optional.empty() : CpuPinning.available();
		if (pinning.isPresent()) {
			pinning.get().pinThisJvmAside();
		}
		List<String> proxyPrefix = pinning.map(CpuPinning::systemUnderTest).orElse(List.of());
		try (EchoBackend fast = EchoBackend.start(Duration.ZERO);
				EchoBackend slow = EchoBackend.start(SLOW);
				GatewayProcess gateway = GatewayProcess.start(context.jar("gateway"), FreePorts.one(),
						Map.of("plan", backend(fast), "funding", backend(slow)), tokens.issuer(), tokens.jwkSetUri(),
						context.work().resolve("gateway.log"), ServiceProcess.jvmOptions(context), proxyPrefix);
				Nginx nginx = mode.jvmOnly() ? null
						: new Nginx(context, backend(fast), backend(slow), proxyPrefix)) {
			List<String> loadPrefix = pinning.map(CpuPinning::load).orElse(List.of());
			// Zero-delay backend: saturation direct, through the gateway, and through it without a token check.
			Load direct = Load.of(context, backend(fast).resolve("/api/plan/bench"), bearer, loadPrefix);
			Load hop = Load.of(context, gateway.uri().resolve("/api/plan/bench"), bearer, loadPrefix);
			Load open = Load.of(context, gateway.uri().resolve("/api/plan/public/bench"), Map.of(), loadPrefix);
			Duration compiled = compilerWarmUp(mode);
			if (!compiled.isZero()) {
				hop.closedLoop("compiler warm-up", "gateway", mode.callers(), Duration.ZERO, compiled);
			}
			Profile profile = Profile.start(context, "gateway", gateway.pid());
			Measurement directMax = saturation(mode, direct, "saturation", "direct");
			Measurement hopMax = saturation(mode, hop, "saturation", "gateway");
			Measurement openMax = saturation(mode, open, "saturation", "gateway, no token check");
			measurements.addAll(List.of(directMax, hopMax, openMax));
			goals.add(new Goal("gateway/direct throughput, zero-delay backend", ratio(hopMax, directMax), true, 0.35,
					"×"));
			Load proxied = (nginx != null)
					? Load.of(context, nginx.fast().uri().resolve("/api/plan/bench"), bearer, loadPrefix) : null;
			if (proxied != null) {
				Measurement proxiedMax = saturation(mode, proxied, "saturation", "nginx");
				measurements.add(proxiedMax);
				goals.add(new Goal("gateway/nginx throughput, zero-delay backend", ratio(hopMax, proxiedMax), true, 0.5,
						"×"));
			}
			// Half of the gateway's saturation, offered at a fixed rate to both.
			double rate = Math.max(1, hopMax.throughput() / 2);
			String atRate = "rate %.0f/s".formatted(rate);
			Measurement directAtRate = direct.openLoop(atRate, "direct", rate, mode.warmUp(), mode.duration());
			Measurement hopAtRate = hop.openLoop(atRate, "gateway", rate, mode.warmUp(), mode.duration());
			measurements.addAll(List.of(directAtRate, hopAtRate));
			double added = hopAtRate.latency().p99() - directAtRate.latency().p99();
			goals.add(new Goal("p99 the gateway adds at half its saturation", added, false, 1.5, "ms"));
			if (proxied != null) {
				Measurement proxiedAtRate = proxied.openLoop(atRate, "nginx", rate, mode.warmUp(), mode.duration());
				measurements.add(proxiedAtRate);
				// hey times to 0.1 ms: an nginx hop that adds less (or seems to save time) counts as adding 0.1 ms.
				double nginxAdded = Math.max(HEY_RESOLUTION_MS,
						proxiedAtRate.latency().p99() - directAtRate.latency().p99());
				goals.add(new Goal("p99 the gateway adds / p99 nginx adds, at half the gateway's saturation",
						added / nginxAdded, false, 2, "×"));
			}
			notes.add("token check's cost: %.0f/s without it, %.0f/s with it (%.2f×)".formatted(openMax.throughput(),
					hopMax.throughput(), ratio(hopMax, openMax)));
			// 20 ms backend: the hop's share of a realistic request.
			Load slowDirect = Load.of(context, backend(slow).resolve("/api/funding/bench"), bearer, loadPrefix);
			Load slowHop = Load.of(context, gateway.uri().resolve("/api/funding/bench"), bearer, loadPrefix);
			Measurement slowDirectMax = saturation(mode, slowDirect, "saturation, 20 ms backend", "direct");
			Measurement slowHopMax = saturation(mode, slowHop, "saturation, 20 ms backend", "gateway");
			measurements.addAll(List.of(slowDirectMax, slowHopMax));
			goals.add(new Goal("gateway/direct throughput, 20 ms backend", ratio(slowHopMax, slowDirectMax), true,
					0.90, "×"));
			profile.stop();
			if (nginx != null) {
				Load slowProxied = Load.of(context, nginx.slow().uri().resolve("/api/funding/bench"), bearer,
						loadPrefix);
				Measurement slowProxiedMax = saturation(mode, slowProxied, "saturation, 20 ms backend", "nginx");
				measurements.add(slowProxiedMax);
				goals.add(new Goal("gateway/nginx throughput, 20 ms backend", ratio(slowHopMax, slowProxiedMax), true,
						0.95, "×"));
			}
		}
		finally {
			if (pinning.isPresent()) {
				pinning.get().releaseThisJvm();
			}
		}
		notes.add("load: %s, %d callers; at saturation a %s s warm-up, then %s s measured, median of %d runs".formatted(
				mode.jvmOnly() ? "the bench's JVM generator (JDK HttpClient, virtual threads)"
						: "hey, a process of its own",
				mode.callers(), mode.warmUp().toMillis() / 1000.0, mode.duration().toMillis() / 1000.0, mode.runs()));
		notes.add("the bench's client is of the gateway's 'bench' limit class (10⁶ requests/s), above any load offered");
		notes.add(mode.jvmOnly() ? "smoke: the JVM only, so no nginx reference and no goals against it"
				: "nginx: one worker, keep-alive to the backend, no access log");
		notes.add(pinning.map(CpuPinning::describe).orElse("no CPU pinning: the smoke mode, or no taskset here"));
		if (!compilerWarmUp(mode).isZero()) {
			notes.add(("before any measurement the gateway ran %d s of saturating load, so that the JIT has compiled "
					+ "its hot paths: on one CPU, with C2 (the full mode), it was still compiling after 60 s")
				.formatted(compilerWarmUp(mode).toSeconds()));
		}
		return new ScenarioResult(name(), "The gateway's hop: direct to a backend vs through the gateway",
				measurements, goals, notes, null);
	}

	/**
	 * How long the gateway runs under load before anything is measured. A fresh JVM interprets, then compiles what
	 * runs hot; on one CPU the compiler shares it with the requests. With C2, 90 s gave twice the throughput of 15 s;
	 * C1 alone (the quick mode) settles within the 15 s.
	 */
	private static Duration compilerWarmUp(Mode mode) {
		if (mode.jvmOnly()) {
			return Duration.ZERO;
		}
		return (mode == Mode.FULL) ? Duration.ofSeconds(90) : Duration.ofSeconds(15);
	}

	/** nginx in front of each backend. */
	private record Nginx(NginxProcess fast, NginxProcess slow) implements AutoCloseable {

		Nginx(BenchContext context, URI fast, URI slow, List<String> prefix) throws IOException {
			this(NginxProcess.start(context.work().resolve("nginx-fast"), FreePorts.one(), fast, prefix),
					NginxProcess.start(context.work().resolve("nginx-slow"), FreePorts.one(), slow, prefix));
		}

		@Override
		public void close() {
			this.fast.close();
			this.slow.close();
		}

	}

	/** The median of the mode's runs at saturation, after one warm-up. */
	private static Measurement saturation(Mode mode, Load load, String name, String target) {
		return Runs.median(mode, Runs.byThroughput(), mode.warmUp(),
				(warmUp) -> load.closedLoop(name, target, mode.callers(), warmUp, mode.duration()));
	}

	private static URI backend(EchoBackend backend) {
		return URI.create("http://127.0.0.1:" + backend.port());
	}

	private static double ratio(Measurement measured, Measurement reference) {
		return (reference.throughput() > 0) ? measured.throughput() / reference.throughput() : 0;
	}

}
