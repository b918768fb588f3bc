package org.tejido.warning.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.tejido.collectives.Sealed;

/**
 * A collective's protocol: for alerts of some categories (all when none is named) and at
 * least some severity, the tiers of recipients to call, in order.
 */
@Entity
@Table(name = "alert_protocol")
class Protocol {

	@Id
	private UUID id;

	@Column(name = "collective_id")
	private UUID collectiveId;

	/** Written before names were sealed; emptied once sealed. */
	private @Nullable String name;

	@Column(name = "sealed_name")
	private byte @Nullable [] sealedName;

	private String categories;

	@Enumerated(EnumType.STRING)
	@Column(name = "min_severity")
	private Severity minSeverity;

	@Column(name = "created_at")
	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "alert_tier", joinColumns = @JoinColumn(name = "protocol_id"))
	@OrderColumn(name = "position")
	private List<Tier> tiers = new ArrayList<>();

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Protocol() {
	}

	Protocol(UUID collectiveId, Sealed sealing, String name, List<Category> categories, Severity minSeverity,
			Instant now) {
		this.id = UUID.randomUUID();
		this.collectiveId = collectiveId;
		this.sealedName = sealing.seal("alert_protocol.name", name);
		this.categories = String.join(",", categories.stream().map(Category::code).toList());
		this.minSeverity = minSeverity;
		this.createdAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID collectiveId() {
		return this.collectiveId;
	}

	String name(Sealed sealing) {
		return (this.sealedName != null) ? sealing.open("alert_protocol.name", this.sealedName)
				: String.valueOf(Objects.requireNonNullElse(this.name, ""));
	}

	/** Seals a name written before names were sealed; false when there was none. */
	boolean sealLegacyName(Sealed sealing) {
		if (this.sealedName != null || this.name == null) {
			return false;
		}
		this.sealedName = sealing.seal("alert_protocol.name", this.name);
		this.name = null;
		return true;
	}

	List<Category> categories() {
		return Arrays.stream(this.categories.split(","))
			.filter((code) -> !code.isBlank())
			.map(Category::fromCode)
			.toList();
	}

	Severity minSeverity() {
		return this.minSeverity;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	List<Tier> tiers() {
		return List.copyOf(this.tiers);
	}

	boolean covers(Category category, Severity severity) {
		List<Category> covered = categories();
		return (covered.isEmpty() || covered.contains(category)) && severity.compareTo(this.minSeverity) >= 0;
	}

	void add(Tier tier) {
		this.tiers.add(tier);
	}

	void removeTier(int position) {
		if (position < 1 || position > this.tiers.size()) {
			throw new org.tejido.site.NotFound();
		}
		this.tiers.remove(position - 1);
	}

}
