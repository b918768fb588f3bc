package org.tejido.network.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A collective's whole map, one sealed JSON document (see {@link MapDocument}): two
 * coordinators changing it at once cannot overwrite each other, the second is refused.
 */
@Entity
@Table(name = "network_map")
class MapRow {

	static final String FIELD = "network_map.map";

	@Id
	@Column(name = "collective_id")
	private UUID collectiveId;

	@Column(name = "sealed_map")
	private byte[] sealedMap;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@SuppressWarnings("NullAway.Init")
	protected MapRow() {
	}

	MapRow(UUID collectiveId, byte[] sealedMap, Instant now) {
		this.collectiveId = collectiveId;
		this.sealedMap = sealedMap;
		this.updatedAt = now;
	}

	byte[] sealedMap() {
		return this.sealedMap;
	}

	void replace(byte[] sealedMap, Instant now) {
		this.sealedMap = sealedMap;
		this.updatedAt = now;
	}

}
