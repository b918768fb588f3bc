package org.tejido.collectives.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Files of collectives; every query names the collective.
 */
interface Documents extends Repository<Document, UUID> {

	Optional<Document> findByCollectiveIdAndId(UUID collectiveId, UUID id);

	List<Document> findByCollectiveIdOrderByStoredAtDesc(UUID collectiveId);

	Document save(Document document);

}
