package org.tejido.territory.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.tejido.collectives.Sealed;
import org.tejido.territory.PlaceSensitivity;

/**
 * A named place of a collective's territory: its name, description and geometry sealed;
 * its kind and sensitivity in clear.
 */
@Entity
@Table(name = "territory_place")
class Place {

	@Id
	private UUID id;

	@Column(name = "collective_id")
	private UUID collectiveId;

	private String kind;

	@Enumerated(EnumType.STRING)
	private PlaceSensitivity sensitivity;

	@Column(name = "sealed_name")
	private byte[] sealedName;

	@Column(name = "sealed_description")
	private byte @Nullable [] sealedDescription;

	@Column(name = "sealed_geometry")
	private byte[] sealedGeometry;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Place() {
	}

	Place(UUID collectiveId, PlaceDraft draft, Sealed sealing, Instant now) {
		this.id = UUID.randomUUID();
		this.collectiveId = collectiveId;
		this.createdAt = now;
		change(draft, sealing, now);
	}

	final void change(PlaceDraft draft, Sealed sealing, Instant now) {
		this.kind = draft.kind().code();
		this.sensitivity = draft.sensitivity();
		this.sealedName = sealing.seal("territory_place.name", draft.name());
		this.sealedDescription = sealing.seal("territory_place.description", draft.description());
		this.sealedGeometry = SealedGeometry.seal(sealing, SealedGeometry.PLACE, draft.geometry());
		this.updatedAt = now;
	}

	PlaceShape opened(Sealed sealing) {
		return new PlaceShape(this.id, PlaceKind.fromCode(this.kind), this.sensitivity,
				sealing.open("territory_place.name", this.sealedName),
				sealing.open("territory_place.description", this.sealedDescription),
				SealedGeometry.open(sealing, SealedGeometry.PLACE, this.sealedGeometry), this.version, this.createdAt,
				this.updatedAt);
	}

	UUID id() {
		return this.id;
	}

	PlaceSensitivity sensitivity() {
		return this.sensitivity;
	}

	long version() {
		return this.version;
	}

}
