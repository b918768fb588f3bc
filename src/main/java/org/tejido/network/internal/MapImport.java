package org.tejido.network.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Membership;
import org.tejido.network.graph.ActorGraph;
import org.tejido.network.graph.Edge;
import org.tejido.network.graph.MapChecks;
import org.tejido.network.graph.MapRefused;
import org.tejido.network.graph.Node;
import org.tejido.network.graph.RelationType;

/**
 * A map read from a file, in place of the collective's actors and relations: checked as a
 * whole first (nothing is written if anything is wrong), shown as what would change on a
 * dry run, then written. Members and sub-groups in the file must be the collective's own;
 * "member of" ties come from the collective's sub-groups, not from the file.
 */
@Service
public class MapImport {

	private final NetworkDesk desk;

	MapImport(NetworkDesk desk) {
		this.desk = desk;
	}

	@Transactional
	public ImportReport run(Membership coordinator, ActorGraph file, boolean dryRun) {
		try {
			MapChecks.check(file);
		}
		catch (MapRefused refused) {
			throw new Invalid(refused.key(), refused.arguments());
		}
		NetworkMap current = this.desk.read(coordinator);
		Set<String> collective = current.collective().stream().map(Node::id).collect(Collectors.toSet());
		Map<String, String> ids = new HashMap<>();
		List<Node> actors = new ArrayList<>();
		for (Node node : file.nodes()) {
			if (node.inCollective()) {
				if (!collective.contains(node.id())) {
					throw new Invalid("network.refused.not-in-collective", node.label(), node.id());
				}
				ids.put(node.id(), node.id());
			}
			else {
				String id = ownId(coordinator, node.id());
				ids.put(node.id(), id);
				actors.add(new Node(id, node.label(), node.kind(), node.level(), node.stance(), node.influence(),
						node.hidden(), node.notes()));
			}
		}
		List<Edge> relations = file.edges()
			.stream()
			.filter((edge) -> edge.type() != RelationType.MEMBER_OF)
			.map((edge) -> new Edge(ownId(coordinator, edge.id()), ids.get(edge.source()), ids.get(edge.target()),
					edge.type(), edge.strength(), edge.hidden()))
			.toList();
		ImportReport report = ImportReport.between(current, actors, relations, !dryRun);
		if (!dryRun) {
			this.desk.replace(coordinator, actors, relations);
		}
		return report;
	}

	/**
	 * A file's own id kept if it is a UUID, else one derived from it, the same each time.
	 */
	private static String ownId(Membership coordinator, String id) {
		try {
			return UUID.fromString(id).toString();
		}
		catch (IllegalArgumentException ex) {
			return UUID.nameUUIDFromBytes((coordinator.collective() + ":" + id).getBytes(StandardCharsets.UTF_8))
				.toString();
		}
	}

	/** What an import changes (or would change, on a dry run). */
	public record ImportReport(int added, int changed, int removed, int relationsBefore, int relationsAfter,
			boolean written) {

		static ImportReport between(NetworkMap current, List<Node> actors, List<Edge> relations, boolean written) {
			Map<String, Node> before = current.actors().stream().collect(Collectors.toMap(Node::id, (node) -> node));
			Set<String> after = actors.stream().map(Node::id).collect(Collectors.toSet());
			int added = (int) actors.stream().filter((node) -> !before.containsKey(node.id())).count();
			int changed = (int) actors.stream()
				.filter((node) -> before.containsKey(node.id()) && !before.get(node.id()).equals(node))
				.count();
			int removed = (int) before.keySet().stream().filter((id) -> !after.contains(id)).count();
			return new ImportReport(added, changed, removed, current.relations().size(), relations.size(), written);
		}

	}

}
