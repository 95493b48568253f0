package org.scibureau.bench.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scibureau.bench.Latency;
import org.scibureau.bench.Measurement;
import org.scibureau.bench.Measurement.Spread;
import org.scibureau.bench.Mode;

import static org.assertj.core.api.Assertions.assertThat;

class RunsTests {

	@Test
	void warmsUpBeforeTheFirstRunOnlyAndKeepsTheMedianWithTheSpreadOfAll() {
		List<Double> throughputs = new ArrayList<>(List.of(300.0, 100.0, 200.0));
		List<Duration> warmUps = new ArrayList<>();
		Measurement median = Runs.median(Mode.FULL, Runs.byThroughput(), Duration.ofSeconds(5), (warmUp) -> {
			warmUps.add(warmUp);
			double throughput = throughputs.removeFirst();
			return run(throughput, 1000 / throughput);
		});
		assertThat(warmUps).containsExactly(Duration.ofSeconds(5), Duration.ZERO, Duration.ZERO);
		assertThat(median.throughput()).isEqualTo(200.0);
		assertThat(median.latency().p99()).isEqualTo(5.0);
		assertThat(median.spread()).isEqualTo(new Spread(3, 100, 300, 1000 / 300.0, 10));
	}

	@Test
	void ordersRunsAtARateByTheirP99() {
		Measurement median = Measurement.median(List.of(run(50, 9), run(50, 30), run(50, 12)), Runs.byP99());
		assertThat(median.latency().p99()).isEqualTo(12);
		assertThat(median.spread().p99Low()).isEqualTo(9);
		assertThat(median.spread().p99High()).isEqualTo(30);
	}

	@Test
	void takesTheMedianOfEachFigureOfRunsThatYieldSeveral() {
		List<List<Measurement>> runs = List.of(List.of(run(10, 1), run(40, 4)), List.of(run(30, 3), run(20, 2)),
				List.of(run(20, 2), run(30, 3)));
		assertThat(Runs.median(runs, List::getFirst, Runs.byThroughput()).throughput()).isEqualTo(20);
		assertThat(Runs.median(runs, List::getLast, Runs.byThroughput()).throughput()).isEqualTo(30);
	}

	@Test
	void aSingleRunHasNoSpread() {
		Measurement once = run(120, 7);
		assertThat(once.spread()).isEqualTo(new Spread(1, 120, 120, 7, 7));
		assertThat(Runs.median(Mode.QUICK, Runs.byThroughput(), Duration.ofSeconds(1), (warmUp) -> once))
			.isEqualTo(once);
	}

	private static Measurement run(double throughput, double p99) {
		return new Measurement("saturation", "target", 100, 0, 1.0, throughput,
				new Latency(100, p99 / 2, p99 / 2, p99 / 2, p99, p99, p99), List.of());
	}

}
