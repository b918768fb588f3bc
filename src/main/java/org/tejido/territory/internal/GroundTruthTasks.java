package org.tejido.territory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Ground-truthing tasks; every query names the collective.
 */
interface GroundTruthTasks extends Repository<GroundTruthTask, UUID> {

	Optional<GroundTruthTask> findByCollectiveIdAndId(UUID collectiveId, UUID id);

	List<GroundTruthTask> findByCollectiveId(UUID collectiveId);

	boolean existsByCollectiveIdAndEventKey(UUID collectiveId, String eventKey);

	GroundTruthTask save(GroundTruthTask task);

}
