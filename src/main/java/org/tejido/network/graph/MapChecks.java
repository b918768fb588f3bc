package org.tejido.network.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What every map must be before it is kept: unique node ids, names, influence and
 * strength from 1 to 5, relations between nodes of the map, "member of" only from a
 * member to a sub-group, and no cycle of "commands" (A commands B commands A).
 */
public final class MapChecks {

	private MapChecks() {
	}

	/** Refuses the map with the first problem found. */
	public static void check(ActorGraph map) {
		Set<String> seen = new java.util.HashSet<>();
		Set<String> duplicates = new TreeSet<>();
		for (Node node : map.nodes()) {
			if (!seen.add(node.id())) {
				duplicates.add(node.id());
			}
		}
		if (!duplicates.isEmpty()) {
			throw new MapRefused("network.refused.duplicates", String.join(", ", duplicates));
		}
		map.nodes().forEach(MapChecks::check);
		Map<String, Node> byId = map.byId();
		for (Edge edge : map.edges()) {
			check(edge, byId);
		}
		commandsCycle(map).ifPresent((cycle) -> {
			throw new MapRefused("network.refused.commands-cycle", cycle);
		});
	}

	static void check(Node node) {
		if (node.id().isBlank()) {
			throw new MapRefused("network.refused.no-id");
		}
		if (node.label().isBlank()) {
			throw new MapRefused("network.refused.no-name", node.id());
		}
		if (node.influence() < 1 || node.influence() > 5) {
			throw new MapRefused("network.refused.influence", node.label(), String.valueOf(node.influence()));
		}
	}

	static void check(Edge edge, Map<String, Node> byId) {
		for (String end : List.of(edge.source(), edge.target())) {
			if (!byId.containsKey(end)) {
				throw new MapRefused("network.refused.unknown-node", end);
			}
		}
		if (edge.source().equals(edge.target())) {
			throw new MapRefused("network.refused.self", byId.get(edge.source()).label());
		}
		if (edge.strength() < 1 || edge.strength() > 5) {
			throw new MapRefused("network.refused.strength", String.valueOf(edge.strength()));
		}
		if (edge.type() == RelationType.MEMBER_OF && (byId.get(edge.source()).kind() != NodeKind.MEMBER
				|| byId.get(edge.target()).kind() != NodeKind.GROUP)) {
			throw new MapRefused("network.refused.member-of", byId.get(edge.source()).label());
		}
	}

	/** A cycle of "commands", named: "A → B → A". */
	public static Optional<String> commandsCycle(ActorGraph map) {
		Map<String, List<String>> commands = new HashMap<>();
		for (Edge edge : map.edges()) {
			if (edge.type() == RelationType.COMMANDS) {
				commands.computeIfAbsent(edge.source(), (from) -> new ArrayList<>()).add(edge.target());
			}
		}
		Map<String, Integer> state = new HashMap<>();
		for (Node start : map.nodes()) {
			if (state.containsKey(start.id())) {
				continue;
			}
			Optional<List<String>> cycle = walk(start.id(), commands, state);
			if (cycle.isPresent()) {
				Map<String, Node> byId = map.byId();
				return Optional.of(cycle.get()
					.stream()
					.map((id) -> byId.containsKey(id) ? byId.get(id).label() : id)
					.collect(Collectors.joining(" → ")));
			}
		}
		return Optional.empty();
	}

	/** Depth-first, without recursion: 1 on the path, 2 done. */
	private static Optional<List<String>> walk(String start, Map<String, List<String>> commands,
			Map<String, Integer> state) {
		Deque<String> path = new ArrayDeque<>();
		Deque<java.util.Iterator<String>> next = new ArrayDeque<>();
		path.push(start);
		next.push(commands.getOrDefault(start, List.of()).iterator());
		state.put(start, 1);
		while (!path.isEmpty()) {
			if (!next.peek().hasNext()) {
				state.put(path.pop(), 2);
				next.pop();
				continue;
			}
			String target = next.peek().next();
			Integer seen = state.get(target);
			if (seen == null) {
				state.put(target, 1);
				path.push(target);
				next.push(commands.getOrDefault(target, List.of()).iterator());
			}
			else if (seen == 1) {
				List<String> onPath = new ArrayList<>(path);
				java.util.Collections.reverse(onPath);
				List<String> cycle = new ArrayList<>(onPath.subList(onPath.indexOf(target), onPath.size()));
				cycle.add(target);
				return Optional.of(cycle);
			}
		}
		return Optional.empty();
	}

	static Set<String> ids(ActorGraph map) {
		return map.nodes().stream().map(Node::id).collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
