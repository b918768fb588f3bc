package org.tejido.territory.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import org.tejido.collectives.Membership;
import org.tejido.territory.PlaceRef;
import org.tejido.territory.TerritoryPlaces;

/**
 * The places of a collective for other modules, only ever those the role may see.
 */
@Service
class PlaceDirectory implements TerritoryPlaces {

	private final Territory territory;

	PlaceDirectory(Territory territory) {
		this.territory = territory;
	}

	@Override
	public List<PlaceRef> visibleTo(Membership membership) {
		return this.territory.places(membership).stream().map(PlaceShape::ref).toList();
	}

	@Override
	public Optional<PlaceRef> find(Membership membership, UUID place) {
		return this.territory.place(membership, place).map(PlaceShape::ref);
	}

	@Override
	public Optional<PlaceRef> mentionedIn(Membership membership, String words) {
		return mentioned(visibleTo(membership), words);
	}

	/** The place whose folded name the folded words hold, the longest name first. */
	static Optional<PlaceRef> mentioned(List<PlaceRef> places, String words) {
		String folded = Folding.fold(words);
		return places.stream()
			.sorted(Comparator.comparingInt((PlaceRef place) -> Folding.fold(place.name()).length()).reversed())
			.filter((place) -> Folding.mentions(folded, Folding.fold(place.name())))
			.findFirst();
	}

}
