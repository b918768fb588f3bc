package org.tejido.territory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Patrols; every query names the collective.
 */
interface Patrols extends Repository<Patrol, UUID> {

	Optional<Patrol> findByCollectiveIdAndId(UUID collectiveId, UUID id);

	List<Patrol> findByCollectiveIdOrderByWalkedOnDesc(UUID collectiveId);

	Patrol save(Patrol patrol);

}
