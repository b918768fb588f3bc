package org.tejido.network.graph;

import java.util.ArrayList;
import java.util.List;

/** Small maps built by hand for the tests. */
final class Maps {

	private final List<Node> nodes = new ArrayList<>();

	private final List<Edge> edges = new ArrayList<>();

	static Maps map() {
		return new Maps();
	}

	Maps member(String id) {
		this.nodes.add(Node.member(id, "Member " + id));
		return this;
	}

	Maps group(String id, String... members) {
		this.nodes.add(Node.group(id, "Group " + id));
		for (String member : members) {
			tie(member, id, RelationType.MEMBER_OF);
		}
		return this;
	}

	Maps actor(String id, Stance stance, Level level) {
		this.nodes.add(new Node(id, "Actor " + id, NodeKind.ORGANISATION, level, stance, 3, false, ""));
		return this;
	}

	Maps ally(String id, Level level) {
		return actor(id, Stance.ALLY, level);
	}

	Maps knows(String from, String to) {
		return tie(from, to, RelationType.KNOWS);
	}

	Maps tie(String from, String to, RelationType type) {
		this.edges.add(new Edge("e" + this.edges.size(), from, to, type, 3, false));
		return this;
	}

	ActorGraph build() {
		return new ActorGraph(this.nodes, this.edges);
	}

}
