package org.tejido.risk.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The reviews of assessments, found only through an assessment already checked. */
interface Reviews extends Repository<Review, UUID> {

	List<Review> findByAssessmentIdOrderByNumberDesc(UUID assessmentId);

	List<Review> findByAssessmentIdInOrderByNumberDesc(List<UUID> assessmentIds);

	Review save(Review review);

}
