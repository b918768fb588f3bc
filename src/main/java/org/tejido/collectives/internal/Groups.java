package org.tejido.collectives.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Sub-groups of collectives; every query names the collective.
 */
interface Groups extends Repository<Group, UUID> {

	Optional<Group> findByCollectiveIdAndId(UUID collectiveId, UUID id);

	List<Group> findByCollectiveIdOrderByCreatedAt(UUID collectiveId);

	Group save(Group group);

	void delete(Group group);

}
