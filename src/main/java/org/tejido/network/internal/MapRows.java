package org.tejido.network.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The collectives' maps, by collective. */
interface MapRows extends Repository<MapRow, UUID> {

	Optional<MapRow> findById(UUID collectiveId);

	MapRow saveAndFlush(MapRow row);

}
