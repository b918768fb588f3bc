package org.tejido.warning.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

	private String name;

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

	Protocol(UUID collectiveId, String name, List<Category> categories, Severity minSeverity, Instant now) {
		this.id = UUID.randomUUID();
		this.collectiveId = collectiveId;
		this.name = name;
		this.categories = String.join(",", categories.stream().map(Category::code).toList());
		this.minSeverity = minSeverity;
		this.createdAt = now;
	}

	UUID id() {
		return this.id;
	}

	String name() {
		return this.name;
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
