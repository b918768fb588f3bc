package org.tejido.territory.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Observations; every query names the collective.
 */
interface Observations extends Repository<Observation, UUID> {

	Optional<Observation> findByCollectiveIdAndId(UUID collectiveId, UUID id);

	List<Observation> findByCollectiveIdOrderByObservedAtDesc(UUID collectiveId);

	List<Observation> findByCollectiveIdAndPatrolIdOrderByObservedAt(UUID collectiveId, UUID patrolId);

	List<Observation> findByCollectiveIdAndTaskId(UUID collectiveId, UUID taskId);

	List<Observation> findByCollectiveIdAndObservedAtGreaterThanEqualAndObservedAtLessThanOrderByObservedAt(
			UUID collectiveId, Instant from, Instant to);

	boolean existsByCollectiveIdAndCode(UUID collectiveId, String code);

	Observation save(Observation observation);

}
