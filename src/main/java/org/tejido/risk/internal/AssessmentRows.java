package org.tejido.risk.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Assessments; every query names the collective. */
interface AssessmentRows extends Repository<Assessment, UUID> {

	Optional<Assessment> findByCollectiveIdAndId(UUID collectiveId, UUID id);

	List<Assessment> findByCollectiveId(UUID collectiveId);

	Assessment save(Assessment assessment);

}
