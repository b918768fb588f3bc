package org.tejido.network.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Membership;
import org.tejido.network.graph.Node;
import org.tejido.risk.ThreatSources;

/**
 * The actors of the map as possible sources of a threat, for those who may read the map;
 * nobody else sees any.
 */
@Component
class NetworkThreatSources implements ThreatSources {

	private final NetworkDesk desk;

	NetworkThreatSources(NetworkDesk desk) {
		this.desk = desk;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Source> candidates(Membership membership) {
		if (!this.desk.mayRead(membership)) {
			return List.of();
		}
		return this.desk.read(membership)
			.actors()
			.stream()
			.sorted(java.util.Comparator.comparing(Node::label))
			.map((actor) -> new Source(UUID.fromString(actor.id()), actor.label()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Source> find(Membership membership, UUID id) {
		return candidates(membership).stream().filter((source) -> source.id().equals(id)).findFirst();
	}

}
