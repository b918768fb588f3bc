package org.tejido.training.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Every training and webinar.
 */
public interface TrainingEvents extends JpaRepository<TrainingEvent, UUID> {

	Optional<TrainingEvent> findBySlug(String slug);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from TrainingEvent e where e.id = ?1")
	Optional<TrainingEvent> lockById(UUID id);

	List<TrainingEvent> findByEndsAtGreaterThanEqualOrderByStartsAt(Instant now);

	List<TrainingEvent> findByEndsAtLessThanOrderByStartsAtDesc(Instant now);

	boolean existsBySlug(String slug);

}
