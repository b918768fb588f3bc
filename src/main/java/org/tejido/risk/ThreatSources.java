package org.tejido.risk;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.tejido.collectives.Membership;

/**
 * Who a threat may come from, as another module knows them (the actor map): a threat's
 * source can point to one of them. Implemented outside this module; when nothing
 * implements it, a source is only described in words.
 */
public interface ThreatSources {

	/** The possible sources this member may see, by name. */
	List<Source> candidates(Membership membership);

	/** One source, if this member may see it. */
	Optional<Source> find(Membership membership, UUID id);

	/** An actor who may be behind a threat. */
	record Source(UUID id, String name) {
	}

}
