package org.tejido.collectives.internal;

import org.tejido.collectives.Sealed;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file a collective keeps. Its bytes are encrypted with the collective's file key; its
 * name is sealed.
 */
@Entity
@Table(name = "collective_document")
class Document {

	@Id
	private UUID id;

	@Column(name = "collective_id")
	private UUID collectiveId;

	@Column(name = "sealed_name")
	private byte[] sealedName;

	@Column(name = "media_type")
	private String mediaType;

	@Column(name = "size_bytes")
	private long size;

	@Column(name = "shared_with_allies")
	private boolean sharedWithAllies;

	@Column(name = "stored_at")
	private Instant storedAt;

	@SuppressWarnings("NullAway.Init")
	protected Document() {
	}

	Document(UUID id, UUID collectiveId, byte[] sealedName, String mediaType, long size, boolean sharedWithAllies,
			Instant now) {
		this.id = id;
		this.collectiveId = collectiveId;
		this.sealedName = sealedName;
		this.mediaType = mediaType;
		this.size = size;
		this.sharedWithAllies = sharedWithAllies;
		this.storedAt = now;
	}

	UUID id() {
		return this.id;
	}

	String name(Sealed sealed) {
		return sealed.open("document.name", this.sealedName);
	}

	String mediaType() {
		return this.mediaType;
	}

	long size() {
		return this.size;
	}

	boolean sharedWithAllies() {
		return this.sharedWithAllies;
	}

	Instant storedAt() {
		return this.storedAt;
	}

}
