package org.tejido.risk.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * The measures of protection plans; every query but the reminders' names the collective.
 */
interface Measures extends Repository<Measure, UUID> {

	Optional<Measure> findByCollectiveIdAndAssessmentIdAndId(UUID collectiveId, UUID assessmentId, UUID id);

	Optional<Measure> findById(UUID id);

	Optional<Measure> findByCollectiveIdAndId(UUID collectiveId, UUID id);

	List<Measure> findByCollectiveIdAndAssessmentIdOrderByCreatedAt(UUID collectiveId, UUID assessmentId);

	List<Measure> findByCollectiveIdOrderByCreatedAt(UUID collectiveId);

	/** Measures in these statuses due on or before a day, for the reminders. */
	List<Measure> findByDueOnLessThanEqualAndStatusIn(LocalDate to, Collection<String> statuses);

	Measure save(Measure measure);

	void delete(Measure measure);

}
