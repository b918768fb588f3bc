package org.tejido.risk.capacities;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Checks; every query names the collective. */
interface CapacityChecks extends Repository<CapacityCheck, UUID> {

	Optional<CapacityCheck> findByCollectiveIdAndId(UUID collectiveId, UUID id);

	Optional<CapacityCheck> findByCollectiveIdAndTakenOn(UUID collectiveId, LocalDate takenOn);

	List<CapacityCheck> findByCollectiveIdOrderByTakenOnAsc(UUID collectiveId);

	CapacityCheck save(CapacityCheck check);

}
