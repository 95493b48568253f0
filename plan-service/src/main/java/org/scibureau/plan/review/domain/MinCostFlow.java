package org.scibureau.plan.review.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;

/**
 * A maximum flow of minimum cost through a network with non-negative integer arc costs, by successive shortest
 * paths.
 * <p>
 * The residual network holds every arc with capacity left, plus the reverse of every arc that carries flow, at the
 * negated cost, through which later paths may reroute earlier flow. Each round finds the cost of a cheapest path
 * from source to sink in the residual network and pushes as much flow as possible along paths of exactly that cost.
 * Augmenting along cheapest paths keeps the flow the cheapest of its amount at every round, so when the sink is no
 * longer reachable the flow is maximal and, among maximum flows, of minimum cost.
 * <p>
 * Reverse arcs have negative costs, so a round finds distances with Dijkstra's algorithm on the reduced costs
 * {@code cost(u, v) + potential(u) - potential(v)}, which stay non-negative when each round adds the distances it
 * found to the potentials (Johnson's technique); potentials start at zero because all costs are non-negative. After
 * that update, the cheapest paths are exactly the source-to-sink paths through arcs of reduced cost zero, and the
 * round saturates them as Dinic's algorithm does: levels by breadth-first search, then depth-first augmentation
 * that never revisits a dead end. The number of rounds is at most the number of distinct path costs, which is small
 * for small integer costs, so one round per unit of flow is avoided.
 * <p>
 * The flow depends only on the network as built: every search scans arcs in the order they were added and
 * Dijkstra breaks distance ties by node number, so the same network always gives the same flow.
 */
final class MinCostFlow {

	private static final long UNREACHABLE = Long.MAX_VALUE;

	private final List<List<Arc>> outgoing = new ArrayList<>();

	MinCostFlow(int nodes) {
		for (int node = 0; node < nodes; node++) {
			this.outgoing.add(new ArrayList<>());
		}
	}

	/** Adds an arc and returns it, to read its flow after {@link #run}. */
	Arc addArc(int from, int to, int capacity, int cost) {
		if (capacity < 0 || cost < 0) {
			throw new IllegalArgumentException("Capacities and costs must not be negative");
		}
		Arc forward = new Arc(to, capacity, cost);
		Arc backward = new Arc(from, 0, -cost);
		forward.reverse = backward;
		backward.reverse = forward;
		this.outgoing.get(from).add(forward);
		this.outgoing.get(to).add(backward);
		return forward;
	}

	/** Pushes a maximum flow of minimum cost from the source to the sink and returns its amount. */
	int run(int source, int sink) {
		long[] potential = new long[this.outgoing.size()];
		int total = 0;
		while (true) {
			long[] distance = cheapestDistances(source, potential);
			if (distance[sink] == UNREACHABLE) {
				return total;
			}
			for (int node = 0; node < potential.length; node++) {
				if (distance[node] != UNREACHABLE) {
					potential[node] += distance[node];
				}
			}
			total += saturateCheapestPaths(source, sink, potential);
		}
	}

	/** Dijkstra on reduced costs over the arcs with capacity left. */
	private long[] cheapestDistances(int source, long[] potential) {
		long[] distance = new long[this.outgoing.size()];
		Arrays.fill(distance, UNREACHABLE);
		distance[source] = 0;
		PriorityQueue<long[]> queue = new PriorityQueue<>(
				Comparator.<long[]>comparingLong((entry) -> entry[0]).thenComparingLong((entry) -> entry[1]));
		queue.add(new long[] { 0, source });
		while (!queue.isEmpty()) {
			long[] entry = queue.poll();
			int node = (int) entry[1];
			if (entry[0] > distance[node]) {
				continue;
			}
			for (Arc arc : this.outgoing.get(node)) {
				long reached = distance[node] + arc.reducedCost(node, potential);
				if (arc.residual > 0 && reached < distance[arc.to]) {
					distance[arc.to] = reached;
					queue.add(new long[] { reached, arc.to });
				}
			}
		}
		return distance;
	}

	/** Dinic's algorithm restricted to the arcs of reduced cost zero; returns the flow pushed. */
	private int saturateCheapestPaths(int source, int sink, long[] potential) {
		int pushed = 0;
		while (true) {
			int[] level = levels(source, potential);
			if (level[sink] < 0) {
				return pushed;
			}
			int[] nextArc = new int[this.outgoing.size()];
			int amount;
			while ((amount = augment(source, sink, Integer.MAX_VALUE, level, nextArc, potential)) > 0) {
				pushed += amount;
			}
		}
	}

	/** The breadth-first level of each node through admissible arcs, -1 where unreachable. */
	private int[] levels(int source, long[] potential) {
		int[] level = new int[this.outgoing.size()];
		Arrays.fill(level, -1);
		level[source] = 0;
		Queue<Integer> queue = new ArrayDeque<>(List.of(source));
		while (!queue.isEmpty()) {
			int node = queue.remove();
			for (Arc arc : this.outgoing.get(node)) {
				if (level[arc.to] < 0 && arc.isAdmissible(node, potential)) {
					level[arc.to] = level[node] + 1;
					queue.add(arc.to);
				}
			}
		}
		return level;
	}

	/** Pushes up to {@code limit} from {@code node} to the sink along one level-increasing admissible path. */
	private int augment(int node, int sink, int limit, int[] level, int[] nextArc, long[] potential) {
		if (node == sink) {
			return limit;
		}
		List<Arc> arcs = this.outgoing.get(node);
		for (; nextArc[node] < arcs.size(); nextArc[node]++) {
			Arc arc = arcs.get(nextArc[node]);
			if (level[arc.to] == level[node] + 1 && arc.isAdmissible(node, potential)) {
				int pushed = augment(arc.to, sink, Math.min(limit, arc.residual), level, nextArc, potential);
				if (pushed > 0) {
					arc.residual -= pushed;
					arc.reverse.residual += pushed;
					return pushed;
				}
			}
		}
		return 0;
	}

	/** A directed arc with its capacity left; its reverse carries the capacity to undo flow. */
	static final class Arc {

		private final int to;

		private final int capacity;

		private final int cost;

		private int residual;

		private Arc reverse;

		private Arc(int to, int capacity, int cost) {
			this.to = to;
			this.capacity = capacity;
			this.cost = cost;
			this.residual = capacity;
			this.reverse = this;
		}

		/** The flow the arc carries. */
		int flow() {
			return this.capacity - this.residual;
		}

		private long reducedCost(int from, long[] potential) {
			return this.cost + potential[from] - potential[this.to];
		}

		private boolean isAdmissible(int from, long[] potential) {
			return this.residual > 0 && reducedCost(from, potential) == 0;
		}

	}

}
