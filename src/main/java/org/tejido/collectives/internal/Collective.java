package org.tejido.collectives.internal;

import org.tejido.collectives.Sealed;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A community, organisation or network that keeps its information here. Its name may be a
 * pseudonym; name, description and territory are sealed.
 */
@Entity
@Table(name = "collective")
class Collective {

	@Id
	private UUID id;

	@Column(name = "sealed_name")
	private byte[] sealedName;

	@Column(name = "sealed_description")
	private byte @Nullable [] sealedDescription;

	@Column(name = "sealed_territory")
	private byte @Nullable [] sealedTerritory;

	@Column(name = "sealed_languages")
	private byte @Nullable [] sealedLanguages;

	/** Written before attributes were sealed; emptied once sealed. */
	@Column(name = "recorded_attributes")
	private @Nullable String recordedAttributes;

	@Column(name = "sealed_recorded_attributes")
	private byte @Nullable [] sealedRecordedAttributes;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Collective() {
	}

	Collective(UUID id, Instant now) {
		this.id = id;
		this.createdAt = now;
		this.sealedName = new byte[0];
	}

	UUID id() {
		return this.id;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	void describe(Sealed sealed, CollectiveDetails details) {
		this.sealedName = java.util.Objects.requireNonNull(sealed.seal("collective.name", details.name()));
		this.sealedDescription = sealed.seal("collective.description", details.description());
		this.sealedTerritory = sealed.seal("collective.territory", details.territory());
		this.sealedLanguages = sealed.seal("collective.languages", details.languages());
		this.sealedRecordedAttributes = sealed.seal("collective.recorded_attributes",
				String.join(",", details.recordedAttributes()));
		this.recordedAttributes = null;
	}

	CollectiveDetails details(Sealed sealed) {
		return new CollectiveDetails(sealed.open("collective.name", this.sealedName),
				sealed.open("collective.description", this.sealedDescription),
				sealed.open("collective.territory", this.sealedTerritory),
				sealed.open("collective.languages", this.sealedLanguages),
				CollectiveDetails.list((this.sealedRecordedAttributes != null)
						? sealed.open("collective.recorded_attributes", this.sealedRecordedAttributes)
						: String.valueOf(Objects.requireNonNullElse(this.recordedAttributes, ""))));
	}

}
