package org.tejido.territory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.tejido.collectives.Membership;

/**
 * The named places of a collective's territory, for other modules (an alert's place is
 * chosen from these). Only ever gives what the membership's role may see.
 */
public interface TerritoryPlaces {

	/** The places this person may see, by name. */
	List<PlaceRef> visibleTo(Membership membership);

	/** One place, if it exists in the membership's collective and they may see it. */
	Optional<PlaceRef> find(Membership membership, UUID place);

	/**
	 * The place whose name the words mention (accents and case folded, the longest name
	 * first), among those this person may see: how an SMS names a place.
	 */
	Optional<PlaceRef> mentionedIn(Membership membership, String words);

}
