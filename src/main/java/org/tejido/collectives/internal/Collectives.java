package org.tejido.collectives.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Collectives, found only by id: every caller has already been admitted to that id.
 */
interface Collectives extends Repository<Collective, UUID> {

	Optional<Collective> findById(UUID id);

	/** The collective, locked until the end of the transaction. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Collective c where c.id = :id")
	Optional<Collective> lock(UUID id);

	List<Collective> findByIdIn(Collection<UUID> ids);

	Collective save(Collective collective);

	void delete(Collective collective);

}
