package org.tejido.network.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The support network of a map, as the indicators read it: every node but the opponents,
 * every relation but threats, without direction, parallel ties merged. Nodes are numbered
 * in the map's order.
 */
final class SupportNetwork {

	final List<Node> nodes = new ArrayList<>();

	final Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);

	/** Undirected ties other than "member of", as pairs of node numbers. */
	final List<int[]> ties = new ArrayList<>();

	/** The members of each sub-group (by node number). */
	final Map<Integer, Set<Integer>> groupMembers = new HashMap<>();

	int[][] adjacency = new int[0][];

	SupportNetwork(ActorGraph map) {
		Map<String, Integer> index = new HashMap<>();
		for (Node node : map.nodes()) {
			if (node.isActor() && node.stance() == Stance.OPPONENT) {
				continue;
			}
			index.put(node.id(), this.nodes.size());
			this.graph.addVertex(this.nodes.size());
			this.nodes.add(node);
		}
		Set<Long> seenTies = new HashSet<>();
		for (Edge edge : map.edges()) {
			Integer from = index.get(edge.source());
			Integer to = index.get(edge.target());
			if (!edge.type().supports() || from == null || to == null || from.equals(to)) {
				continue;
			}
			this.graph.addEdge(from, to);
			if (edge.type() == RelationType.MEMBER_OF && this.nodes.get(to).kind() == NodeKind.GROUP) {
				this.groupMembers.computeIfAbsent(to, (group) -> new HashSet<>()).add(from);
			}
			else if (edge.type() != RelationType.MEMBER_OF
					&& seenTies.add(((long) Math.min(from, to) << 32) | Math.max(from, to))) {
				this.ties.add(new int[] { from, to });
			}
		}
		this.adjacency = new int[this.nodes.size()][];
		for (int v = 0; v < this.nodes.size(); v++) {
			this.adjacency[v] = org.jgrapht.Graphs.neighborListOf(this.graph, v)
				.stream()
				.mapToInt(Integer::intValue)
				.toArray();
		}
	}

	int size() {
		return this.nodes.size();
	}

	Node node(int v) {
		return this.nodes.get(v);
	}

	boolean isMember(int v) {
		return node(v).kind() == NodeKind.MEMBER;
	}

	boolean inCollective(int v) {
		return node(v).inCollective();
	}

	boolean isAlly(int v) {
		return node(v).isAllyActor();
	}

	/**
	 * Which nodes reach an ally, without passing through {@code removed} (or -1 for
	 * none).
	 */
	boolean[] reachingAllies(int removed) {
		boolean[] seen = new boolean[size()];
		int[] queue = new int[size()];
		int tail = 0;
		for (int v = 0; v < size(); v++) {
			if (v != removed && isAlly(v)) {
				seen[v] = true;
				queue[tail++] = v;
			}
		}
		for (int head = 0; head < tail; head++) {
			for (int next : this.adjacency[queue[head]]) {
				if (next != removed && !seen[next]) {
					seen[next] = true;
					queue[tail++] = next;
				}
			}
		}
		return seen;
	}

	/**
	 * The connected parts without {@code removed}: each node's part number, -1 for the
	 * removed one.
	 */
	int[] parts(int removed) {
		int[] part = new int[size()];
		java.util.Arrays.fill(part, -1);
		int[] queue = new int[size()];
		int parts = 0;
		for (int start = 0; start < size(); start++) {
			if (start == removed || part[start] >= 0) {
				continue;
			}
			int tail = 0;
			part[start] = parts;
			queue[tail++] = start;
			for (int head = 0; head < tail; head++) {
				for (int next : this.adjacency[queue[head]]) {
					if (next != removed && part[next] < 0) {
						part[next] = parts;
						queue[tail++] = next;
					}
				}
			}
			parts++;
		}
		return part;
	}

	/** Hops from the nearest member or sub-group; -1 where none leads. */
	int[] distancesFromCollective() {
		int[] distance = new int[size()];
		java.util.Arrays.fill(distance, -1);
		int[] queue = new int[size()];
		int tail = 0;
		for (int v = 0; v < size(); v++) {
			if (inCollective(v)) {
				distance[v] = 0;
				queue[tail++] = v;
			}
		}
		for (int head = 0; head < tail; head++) {
			int at = queue[head];
			for (int next : this.adjacency[at]) {
				if (distance[next] < 0) {
					distance[next] = distance[at] + 1;
					queue[tail++] = next;
				}
			}
		}
		return distance;
	}

}
