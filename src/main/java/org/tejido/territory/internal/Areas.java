package org.tejido.territory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Areas; every query names the collective.
 */
interface Areas extends Repository<Area, UUID> {

	Optional<Area> findByCollectiveIdAndId(UUID collectiveId, UUID id);

	List<Area> findByCollectiveIdOrderByCreatedAt(UUID collectiveId);

	Area save(Area area);

	void delete(Area area);

}
