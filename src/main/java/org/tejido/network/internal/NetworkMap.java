package org.tejido.network.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.tejido.collectives.CollectivePeople.Person;
import org.tejido.network.graph.ActorGraph;
import org.tejido.network.graph.Edge;
import org.tejido.network.graph.Node;

/**
 * A collective's map as a reader sees it: the whole graph (actors, members, sub-groups,
 * relations recorded and derived), the relations recorded, and who may read it.
 */
public record NetworkMap(ActorGraph graph, List<Edge> relations, List<UUID> readers, List<Person> people) {

	public List<Node> actors() {
		return this.graph.actors();
	}

	/** Members and sub-groups, which relations may also name. */
	public List<Node> collective() {
		return this.graph.nodes().stream().filter(Node::inCollective).toList();
	}

	public Optional<Node> actor(UUID id) {
		return this.graph.node(id.toString()).filter(Node::isActor);
	}

	public String label(String id) {
		return this.graph.node(id).map(Node::label).orElse("?");
	}

	public List<Edge> relationsOf(String id) {
		return this.relations.stream().filter((edge) -> edge.source().equals(id) || edge.target().equals(id)).toList();
	}

	public boolean isReader(UUID member) {
		return this.readers.contains(member);
	}

}
