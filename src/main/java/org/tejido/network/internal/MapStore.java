package org.tejido.network.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import org.tejido.collectives.CollectiveKeys;
import org.tejido.site.Refused;

/** Opens and seals a collective's map document. */
@Component
class MapStore {

	private final MapRows rows;

	private final CollectiveKeys keys;

	private final JsonMapper json;

	MapStore(MapRows rows, CollectiveKeys keys, JsonMapper json) {
		this.rows = rows;
		this.keys = keys;
		this.json = json;
	}

	MapDocument open(UUID collective) {
		return this.rows.findById(collective)
			.map((row) -> this.json.readValue(this.keys.sealed(collective).open(MapRow.FIELD, row.sealedMap()),
					MapDocument.class))
			.orElse(MapDocument.EMPTY);
	}

	/** Keeps the new document; refuses (409) if someone else changed it meanwhile. */
	void save(UUID collective, MapDocument document, Instant now) {
		byte[] sealed = this.keys.sealed(collective).seal(MapRow.FIELD, this.json.writeValueAsString(document));
		Optional<MapRow> row = this.rows.findById(collective);
		try {
			if (row.isPresent()) {
				row.get().replace(sealed, now);
				this.rows.saveAndFlush(row.get());
			}
			else {
				this.rows.saveAndFlush(new MapRow(collective, sealed, now));
			}
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			throw new Refused(HttpStatus.CONFLICT, "network.refused.conflict");
		}
	}

}
