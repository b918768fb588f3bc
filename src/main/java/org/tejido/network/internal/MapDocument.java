package org.tejido.network.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.tejido.network.graph.Edge;
import org.tejido.network.graph.Node;

/**
 * What is sealed of a collective's map: its actors, the relations it records (between
 * actors and members or sub-groups, referenced by id: no member's name is kept here), and
 * the members a coordinator chose to let read it.
 */
record MapDocument(List<Node> actors, List<Edge> relations, List<UUID> readers) {

	static final MapDocument EMPTY = new MapDocument(List.of(), List.of(), List.of());

	MapDocument {
		actors = List.copyOf(actors);
		relations = List.copyOf(relations);
		readers = List.copyOf(readers);
	}

	MapDocument withActors(List<Node> changed) {
		return new MapDocument(changed, this.relations, this.readers);
	}

	MapDocument withRelations(List<Edge> changed) {
		return new MapDocument(this.actors, changed, this.readers);
	}

	MapDocument withReaders(List<UUID> changed) {
		return new MapDocument(this.actors, this.relations, changed);
	}

	MapDocument plus(Node actor) {
		List<Node> more = new ArrayList<>(this.actors);
		more.add(actor);
		return withActors(more);
	}

	MapDocument plus(Edge relation) {
		List<Edge> more = new ArrayList<>(this.relations);
		more.add(relation);
		return withRelations(more);
	}

}
