package org.tejido.network.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole map: nodes and directed relations between them. */
public record ActorGraph(List<Node> nodes, List<Edge> edges) {

	public ActorGraph {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	public Map<String, Node> byId() {
		Map<String, Node> byId = new LinkedHashMap<>();
		this.nodes.forEach((node) -> byId.put(node.id(), node));
		return byId;
	}

	public Optional<Node> node(String id) {
		return this.nodes.stream().filter((node) -> node.id().equals(id)).findFirst();
	}

	public List<Node> actors() {
		return this.nodes.stream().filter(Node::isActor).toList();
	}

}
