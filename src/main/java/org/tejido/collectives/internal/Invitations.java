package org.tejido.collectives.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Invitations; found by the hash of their code when redeemed, otherwise always within a
 * collective.
 */
interface Invitations extends Repository<Invitation, UUID> {

	Optional<Invitation> findByCodeHash(String codeHash);

	Optional<Invitation> findByCollectiveIdAndId(UUID collectiveId, UUID id);

	List<Invitation> findByCollectiveIdOrderByCreatedAtDesc(UUID collectiveId);

	Invitation save(Invitation invitation);

}
