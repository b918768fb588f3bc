package org.tejido.collectives.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Invitations; found by the hash of their code when redeemed, otherwise always within a
 * collective.
 */
interface Invitations extends Repository<Invitation, UUID> {

	Optional<Invitation> findByCodeHash(String codeHash);

	/** The invitation, locked until the end of the transaction. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Invitation i where i.codeHash = :codeHash")
	Optional<Invitation> lockByCodeHash(String codeHash);

	Optional<Invitation> findByCollectiveIdAndId(UUID collectiveId, UUID id);

	List<Invitation> findByCollectiveIdOrderByCreatedAtDesc(UUID collectiveId);

	Invitation save(Invitation invitation);

}
