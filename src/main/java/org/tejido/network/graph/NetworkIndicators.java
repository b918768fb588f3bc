package org.tejido.network.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The protection-network indicators of a map (formulas and thresholds in
 * docs/network.md): leadership concentration, fragility, cohesion (density and isolated
 * members), reach and gateways per level, and openness per sub-group.
 */
public final class NetworkIndicators {

	/** Share of the ways to allies lost without the top member that is flagged. */
	public static final double CONCENTRATION_THRESHOLD = 0.5;

	/** Density of ties inside the collective under which it is flagged. */
	public static final double DENSITY_THRESHOLD = 0.2;

	/** E-I index of a sub-group at or under which it is flagged as closed. */
	public static final double OPENNESS_THRESHOLD = -0.5;

	private NetworkIndicators() {
	}

	public static List<Indicator> of(ActorGraph map) {
		SupportNetwork network = new SupportNetwork(map);
		List<Indicator> indicators = new ArrayList<>();
		indicators.add(concentration(network));
		indicators.add(fragility(network));
		indicators.addAll(cohesion(network));
		int[] distance = network.distancesFromCollective();
		for (Level level : Level.values()) {
			indicators.add(reach(network, distance, level));
		}
		int[] outside = outsideParts(network);
		for (Level level : Level.values()) {
			indicators.add(gateway(network, outside, level));
		}
		network.groupMembers.keySet().stream().sorted().forEach((group) -> indicators.add(openness(network, group)));
		return indicators;
	}

	static Indicator concentration(SupportNetwork network) {
		double[] betweenness = Betweenness.of(network.adjacency);
		int top = -1;
		for (int v = 0; v < network.size(); v++) {
			if (network.isMember(v) && (top < 0 || betweenness[v] > betweenness[top])) {
				top = v;
			}
		}
		if (top < 0) {
			return new Indicator("concentration", "concentration", null, null, "", 0, false, List.of(0L, 0L, 0L));
		}
		long before = waysToAllies(network, network.parts(-1), top);
		long after = waysToAllies(network, network.parts(top), top);
		double lost = (before == 0) ? 0 : 1 - (double) after / before;
		return new Indicator("concentration", "concentration", null, network.node(top).id(), network.node(top).label(),
				lost, before > 0 && lost >= CONCENTRATION_THRESHOLD, List.of(Math.round(lost * 100), before, after));
	}

	/**
	 * Pairs of a member (other than {@code except}) and an ally actor in the same part.
	 */
	private static long waysToAllies(SupportNetwork network, int[] part, int except) {
		Map<Integer, long[]> counts = new java.util.HashMap<>();
		for (int v = 0; v < network.size(); v++) {
			if (part[v] < 0) {
				continue;
			}
			long[] count = counts.computeIfAbsent(part[v], (p) -> new long[2]);
			if (network.isMember(v) && v != except) {
				count[0]++;
			}
			else if (network.isAlly(v)) {
				count[1]++;
			}
		}
		return counts.values().stream().mapToLong((count) -> count[0] * count[1]).sum();
	}

	static Indicator fragility(SupportNetwork network) {
		BiconnectivityInspector<Integer, DefaultEdge> inspector = new BiconnectivityInspector<>(network.graph);
		Set<Integer> cutpoints = inspector.getCutpoints();
		long bridges = inspector.getBridges().size();
		Set<Integer> candidates = new java.util.TreeSet<>(cutpoints);
		for (int v = 0; v < network.size(); v++) {
			if (network.isAlly(v)) {
				candidates.add(v);
			}
		}
		boolean[] reaching = network.reachingAllies(-1);
		int worst = -1;
		long worstCut = 0;
		for (int candidate : candidates) {
			boolean[] still = network.reachingAllies(candidate);
			long cut = 0;
			for (int v = 0; v < network.size(); v++) {
				if (v != candidate && network.isMember(v) && reaching[v] && !still[v]) {
					cut++;
				}
			}
			if (cut > worstCut) {
				worst = candidate;
				worstCut = cut;
			}
		}
		String subject = (worst < 0) ? null : network.node(worst).id();
		String label = (worst < 0) ? "" : network.node(worst).label();
		return new Indicator("fragility", "fragility", null, subject, label, worstCut, worstCut > 0,
				List.of(worstCut, (long) cutpoints.size(), bridges));
	}

	static List<Indicator> cohesion(SupportNetwork network) {
		Set<Integer> inside = new HashSet<>();
		for (int v = 0; v < network.size(); v++) {
			if (network.inCollective(v)) {
				inside.add(v);
			}
		}
		AsSubgraph<Integer, DefaultEdge> collective = new AsSubgraph<>(network.graph, inside);
		long n = inside.size();
		long ties = collective.edgeSet().size();
		double density = (n < 2) ? 0 : 2.0 * ties / (n * (n - 1));
		double clustering = (n == 0) ? 0 : new ClusteringCoefficient<>(collective).getAverageClusteringCoefficient();
		List<String> isolated = inside.stream()
			.sorted()
			.filter((v) -> collective.degreeOf(v) == 0)
			.map((v) -> network.node(v).label())
			.toList();
		String names = isolated.stream().limit(5).collect(Collectors.joining(", "));
		return List.of(
				new Indicator("density", "density", null, null, "", density, n >= 2 && density < DENSITY_THRESHOLD,
						List.of(Math.round(density * 100), Math.round(clustering * 100), ties)),
				new Indicator("isolated", "isolated", null, null, names, isolated.size(), n >= 2 && !isolated.isEmpty(),
						List.of((long) isolated.size())));
	}

	static Indicator reach(SupportNetwork network, int[] distance, Level level) {
		long near = 0;
		for (int v = 0; v < network.size(); v++) {
			if (network.isAlly(v) && network.node(v).level() == level && distance[v] >= 0 && distance[v] <= 2) {
				near++;
			}
		}
		return new Indicator("reach." + level.code(), "reach", level, null, "", near, near == 0, List.of(near));
	}

	/**
	 * Parts of the network outside the collective (actors only); -1 for the collective.
	 */
	private static int[] outsideParts(SupportNetwork network) {
		int[] part = new int[network.size()];
		java.util.Arrays.fill(part, -1);
		int parts = 0;
		int[] queue = new int[network.size()];
		for (int start = 0; start < network.size(); start++) {
			if (network.inCollective(start) || part[start] >= 0) {
				continue;
			}
			int tail = 0;
			part[start] = parts;
			queue[tail++] = start;
			for (int head = 0; head < tail; head++) {
				for (int next : network.adjacency[queue[head]]) {
					if (!network.inCollective(next) && part[next] < 0) {
						part[next] = parts;
						queue[tail++] = next;
					}
				}
			}
			parts++;
		}
		return part;
	}

	static Indicator gateway(SupportNetwork network, int[] outside, Level level) {
		Set<Integer> partsWithAllies = new HashSet<>();
		for (int v = 0; v < network.size(); v++) {
			if (network.isAlly(v) && network.node(v).level() == level) {
				partsWithAllies.add(outside[v]);
			}
		}
		Set<Integer> holders = new java.util.TreeSet<>();
		Set<Integer> heldParts = new HashSet<>();
		for (int v = 0; v < network.size(); v++) {
			if (!network.inCollective(v)) {
				continue;
			}
			for (int next : network.adjacency[v]) {
				if (!network.inCollective(next) && partsWithAllies.contains(outside[next])) {
					holders.add(v);
					heldParts.add(outside[next]);
				}
			}
		}
		long allies = 0;
		for (int v = 0; v < network.size(); v++) {
			if (network.isAlly(v) && network.node(v).level() == level && heldParts.contains(outside[v])) {
				allies++;
			}
		}
		long members = java.util.stream.IntStream.range(0, network.size()).filter(network::isMember).count();
		boolean single = holders.size() == 1 && network.isMember(holders.iterator().next()) && members >= 2;
		String subject = single ? network.node(holders.iterator().next()).id() : null;
		String label = single ? network.node(holders.iterator().next()).label() : "";
		return new Indicator("gateway." + level.code(), "gateway", level, subject, label, holders.size(), single,
				List.of((long) holders.size(), allies));
	}

	static Indicator openness(SupportNetwork network, int group) {
		Set<Integer> members = network.groupMembers.get(group);
		long external = 0;
		long internal = 0;
		for (int[] tie : network.ties) {
			if (tie[0] == group || tie[1] == group) {
				continue;
			}
			boolean first = members.contains(tie[0]);
			boolean second = members.contains(tie[1]);
			if (first && second) {
				internal++;
			}
			else if (first || second) {
				external++;
			}
		}
		double index = (external + internal == 0) ? 0 : (double) (external - internal) / (external + internal);
		Node node = network.node(group);
		return new Indicator("openness." + node.id(), "openness", null, node.id(), node.label(), index,
				external + internal > 0 && index <= OPENNESS_THRESHOLD,
				List.of(external, internal, Math.round(index * 100)));
	}

}
