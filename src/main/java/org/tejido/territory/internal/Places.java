package org.tejido.territory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Places; every query names the collective.
 */
interface Places extends Repository<Place, UUID> {

	Optional<Place> findByCollectiveIdAndId(UUID collectiveId, UUID id);

	List<Place> findByCollectiveId(UUID collectiveId);

	Place save(Place place);

	void delete(Place place);

}
