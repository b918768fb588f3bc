package org.tejido.network.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveActivity;
import org.tejido.collectives.CollectivePeople;
import org.tejido.collectives.CollectivePeople.GroupRef;
import org.tejido.collectives.CollectivePeople.Person;
import org.tejido.collectives.Membership;
import org.tejido.network.graph.ActorGraph;
import org.tejido.network.graph.Edge;
import org.tejido.network.graph.Indicator;
import org.tejido.network.graph.MapChecks;
import org.tejido.network.graph.MapRefused;
import org.tejido.network.graph.NetworkIndicators;
import org.tejido.network.graph.Node;
import org.tejido.network.graph.RelationType;
import org.tejido.site.NotFound;

/**
 * A collective's map: read by coordinators and the members (or allies) a coordinator
 * chose, answered as not found to anyone else; changed by coordinators only, each change
 * checked as a whole, written in the activity chain, and followed by the day's
 * indicators.
 */
@Service
public class NetworkDesk {

	private final MapStore store;

	private final CollectivePeople people;

	private final CollectiveActivity activity;

	private final Snapshots snapshots;

	private final Clock clock = Clock.systemUTC();

	NetworkDesk(MapStore store, CollectivePeople people, CollectiveActivity activity, Snapshots snapshots) {
		this.store = store;
		this.people = people;
		this.activity = activity;
		this.snapshots = snapshots;
	}

	@Transactional(readOnly = true)
	public NetworkMap read(Membership membership) {
		MapDocument document = readable(membership);
		return view(membership.collective(), document);
	}

	/** Whether this member may read the map at all. */
	@Transactional(readOnly = true)
	public boolean mayRead(Membership membership) {
		return mayRead(membership, this.store.open(membership.collective()));
	}

	@Transactional(readOnly = true)
	public List<Indicator> indicators(Membership membership) {
		return NetworkIndicators.of(read(membership).graph());
	}

	@Transactional(readOnly = true)
	public List<Snapshots.Snapshot> trend(Membership membership, int days) {
		readable(membership);
		return this.snapshots.last(membership.collective(), days);
	}

	@Transactional
	public UUID addActor(Membership coordinator, ActorDraft draft) {
		UUID id = UUID.randomUUID();
		MapDocument document = this.store.open(coordinator.collective());
		commit(coordinator, document.plus(draft.node(id.toString())), "network.actor-added", id);
		return id;
	}

	@Transactional
	public void changeActor(Membership coordinator, UUID actor, ActorDraft draft) {
		MapDocument document = this.store.open(coordinator.collective());
		requireActor(document, actor);
		Node changed = draft.node(actor.toString());
		commit(coordinator, document.withActors(
				document.actors().stream().map((node) -> node.id().equals(actor.toString()) ? changed : node).toList()),
				"network.actor-changed", actor);
	}

	@Transactional
	public void removeActor(Membership coordinator, UUID actor) {
		MapDocument document = this.store.open(coordinator.collective());
		requireActor(document, actor);
		String id = actor.toString();
		commit(coordinator,
				new MapDocument(document.actors().stream().filter((node) -> !node.id().equals(id)).toList(),
						document.relations()
							.stream()
							.filter((edge) -> !edge.source().equals(id) && !edge.target().equals(id))
							.toList(),
						document.readers()),
				"network.actor-removed", actor);
	}

	/**
	 * Records a relation; an end that is not an actor, member or sub-group of this
	 * collective answers as not found.
	 */
	@Transactional
	public UUID addRelation(Membership coordinator, RelationDraft draft) {
		UUID id = UUID.randomUUID();
		MapDocument document = this.store.open(coordinator.collective());
		Edge edge = draft.edge(id.toString());
		Set<String> known = view(coordinator.collective(), document).graph()
			.nodes()
			.stream()
			.map(Node::id)
			.collect(Collectors.toSet());
		if (!known.contains(edge.source()) || !known.contains(edge.target())) {
			throw new NotFound();
		}
		commit(coordinator, document.plus(edge), "network.relation-added", id);
		return id;
	}

	@Transactional
	public void removeRelation(Membership coordinator, UUID relation) {
		MapDocument document = this.store.open(coordinator.collective());
		List<Edge> kept = document.relations()
			.stream()
			.filter((edge) -> !edge.id().equals(relation.toString()))
			.toList();
		if (kept.size() == document.relations().size()) {
			throw new NotFound();
		}
		commit(coordinator, document.withRelations(kept), "network.relation-removed", relation);
	}

	/** Chooses who, beside coordinators, may read the map: members or allies. */
	@Transactional
	public void choose(Membership coordinator, List<UUID> readers) {
		Set<UUID> members = this.people.of(coordinator.collective())
			.stream()
			.map(Person::member)
			.collect(Collectors.toSet());
		MapDocument document = this.store.open(coordinator.collective());
		commit(coordinator, document.withReaders(readers.stream().filter(members::contains).distinct().toList()),
				"network.readers-chosen", coordinator.collective());
	}

	/** Replaces the map's actors and relations, after checking them as a whole. */
	@Transactional
	public void replace(Membership coordinator, List<Node> actors, List<Edge> relations) {
		MapDocument document = this.store.open(coordinator.collective());
		commit(coordinator, new MapDocument(actors, relations, document.readers()), "network.imported",
				coordinator.collective());
	}

	/** Writes an export in the activity chain. */
	@Transactional
	public NetworkMap exported(Membership membership, String format) {
		NetworkMap map = read(membership);
		this.activity.record(membership.collective(), membership.member(), "network.exported-" + format,
				membership.collective());
		return map;
	}

	/** Writes a finding passed to the risk assessment in the activity chain. */
	@Transactional
	public void recordFinding(Membership coordinator, UUID assessment) {
		this.activity.record(coordinator.collective(), coordinator.member(), "network.finding-to-risk", assessment);
	}

	MapDocument readable(Membership membership) {
		MapDocument document = this.store.open(membership.collective());
		if (!mayRead(membership, document)) {
			throw new NotFound();
		}
		return document;
	}

	private static boolean mayRead(Membership membership, MapDocument document) {
		return membership.isCoordinator() || document.readers().contains(membership.member());
	}

	private static void requireActor(MapDocument document, UUID actor) {
		if (document.actors().stream().noneMatch((node) -> node.id().equals(actor.toString()))) {
			throw new NotFound();
		}
	}

	private void commit(Membership coordinator, MapDocument document, String action, UUID subject) {
		NetworkMap map = view(coordinator.collective(), document);
		try {
			MapChecks.check(new ActorGraph(map.graph().nodes(), map.relations()));
		}
		catch (MapRefused refused) {
			throw new Invalid(refused.key(), refused.arguments());
		}
		Instant now = this.clock.instant();
		this.store.save(coordinator.collective(), document.withRelations(map.relations()), now);
		this.activity.record(coordinator.collective(), coordinator.member(), action, subject);
		this.snapshots.keep(coordinator.collective(), LocalDate.ofInstant(now, java.time.ZoneOffset.UTC),
				NetworkIndicators.of(map.graph()), now);
	}

	/**
	 * The whole graph: members (by name), sub-groups, actors; the derived "member of"
	 * ties and the recorded relations whose ends still exist.
	 */
	NetworkMap view(UUID collective, MapDocument document) {
		List<Person> persons = this.people.of(collective)
			.stream()
			.sorted(Comparator.comparing(Person::name).thenComparing(Person::member))
			.toList();
		List<GroupRef> groups = this.people.groups(collective)
			.stream()
			.sorted(Comparator.comparing(GroupRef::name).thenComparing(GroupRef::id))
			.toList();
		List<Node> nodes = new ArrayList<>();
		List<Edge> edges = new ArrayList<>();
		persons.forEach((person) -> nodes.add(Node.member(person.member().toString(), person.name())));
		groups.forEach((group) -> nodes.add(Node.group(group.id().toString(), group.name())));
		Set<UUID> groupIds = groups.stream().map(GroupRef::id).collect(Collectors.toSet());
		for (Person person : persons) {
			person.groups()
				.stream()
				.filter(groupIds::contains)
				.sorted()
				.forEach((group) -> edges.add(new Edge("member:" + person.member() + ":" + group,
						person.member().toString(), group.toString(), RelationType.MEMBER_OF, 1, false)));
		}
		nodes.addAll(document.actors());
		Set<String> ids = nodes.stream().map(Node::id).collect(Collectors.toSet());
		List<Edge> recorded = document.relations()
			.stream()
			.filter((edge) -> ids.contains(edge.source()) && ids.contains(edge.target()))
			.toList();
		edges.addAll(recorded);
		return new NetworkMap(new ActorGraph(nodes, edges), recorded, document.readers(), persons);
	}

}
