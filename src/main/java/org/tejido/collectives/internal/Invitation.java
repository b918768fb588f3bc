package org.tejido.collectives.internal;

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

import org.tejido.collectives.CollectiveRole;

/**
 * A one-time, expiring invitation into a collective with a given role. Only a hash of its
 * code is kept.
 */
@Entity
@Table(name = "collective_invitation")
class Invitation {

	@Id
	private UUID id;

	@Column(name = "collective_id")
	private UUID collectiveId;

	@Column(name = "code_hash")
	private String codeHash;

	@Enumerated(EnumType.STRING)
	private CollectiveRole role;

	@Column(name = "created_by")
	private UUID createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "used_at")
	private @Nullable Instant usedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Invitation() {
	}

	Invitation(UUID collectiveId, String codeHash, CollectiveRole role, UUID createdBy, Instant now,
			Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.collectiveId = collectiveId;
		this.codeHash = codeHash;
		this.role = role;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	UUID id() {
		return this.id;
	}

	UUID collectiveId() {
		return this.collectiveId;
	}

	CollectiveRole role() {
		return this.role;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	boolean isOpen(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	/**
	 * @throws Invalid if it was used or has expired
	 */
	void use(Instant now) {
		checkOpen(now);
		this.usedAt = now;
	}

	/**
	 * @throws Invalid if it was used or has expired
	 */
	void checkOpen(Instant now) {
		if (this.usedAt != null) {
			throw new Invalid("collectives.invitation-used");
		}
		if (!now.isBefore(this.expiresAt)) {
			throw new Invalid("collectives.invitation-expired");
		}
	}

	void revoke(Instant now) {
		this.expiresAt = now;
	}

}
