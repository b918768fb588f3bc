package org.tejido.territory.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.locationtech.jts.geom.Geometry;

import org.tejido.collectives.Sealed;

/**
 * A named area of a collective's territory (a polygon or a multipolygon), its name and
 * geometry sealed.
 */
@Entity
@Table(name = "territory_area")
class Area {

	@Id
	private UUID id;

	@Column(name = "collective_id")
	private UUID collectiveId;

	@Column(name = "sealed_name")
	private byte[] sealedName;

	@Column(name = "sealed_geometry")
	private byte[] sealedGeometry;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Area() {
	}

	Area(UUID collectiveId, String name, Geometry geometry, Sealed sealing, Instant now) {
		this.id = UUID.randomUUID();
		this.collectiveId = collectiveId;
		this.sealedName = sealing.seal("territory_area.name", name);
		this.sealedGeometry = SealedGeometry.seal(sealing, SealedGeometry.AREA, geometry);
		this.createdAt = now;
		this.updatedAt = now;
	}

	AreaShape opened(Sealed sealing) {
		return new AreaShape(this.id, sealing.open("territory_area.name", this.sealedName),
				SealedGeometry.open(sealing, SealedGeometry.AREA, this.sealedGeometry), this.createdAt);
	}

	UUID id() {
		return this.id;
	}

}
