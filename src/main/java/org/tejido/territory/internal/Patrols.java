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

	List<Patrol> findByCollectiveIdAndWalkedOn(UUID collectiveId, java.time.LocalDate walkedOn);

	Patrol save(Patrol patrol);

}
