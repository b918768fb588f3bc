package org.tejido.warning.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Protocols; every query names the collective.
 */
interface Protocols extends Repository<Protocol, UUID> {

	Optional<Protocol> findByCollectiveIdAndId(UUID collectiveId, UUID id);

	List<Protocol> findByCollectiveIdOrderByCreatedAt(UUID collectiveId);

	Protocol save(Protocol protocol);

	void delete(Protocol protocol);

}
