package org.tejido.territory.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.tejido.collectives.Sealed;

/**
 * Something seen on a collective's territory: what, where (a named place and/or a
 * position), when, by whom and how it came in, on which patrol, with which evidence, and
 * the alert raised from it. Where and what are sealed.
 */
@Entity
@Table(name = "observation")
class Observation {

	@Id
	private UUID id;

	@Column(name = "collective_id")
	private UUID collectiveId;

	private String code;

	@Enumerated(EnumType.STRING)
	private ObservationCategory category;

	private String source;

	@Column(name = "observed_at")
	private Instant observedAt;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	@Column(name = "place_id")
	private @Nullable UUID placeId;

	@Column(name = "sealed_position")
	private byte @Nullable [] sealedPosition;

	@Column(name = "sealed_text")
	private byte @Nullable [] sealedText;

	@Column(name = "reporter_id")
	private @Nullable UUID reporterId;

	@Column(name = "patrol_id")
	private @Nullable UUID patrolId;

	@Column(name = "task_id")
	private @Nullable UUID taskId;

	@Column(name = "alert_id")
	private @Nullable UUID alertId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "observation_item", joinColumns = @JoinColumn(name = "observation_id"))
	@OrderColumn(name = "position")
	@Column(name = "item_id")
	private List<UUID> items = new ArrayList<>();

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Observation() {
	}

	Observation(UUID collectiveId, String code, Sighting sighting, String source, @Nullable UUID reporterId,
			Sealed sealing, Instant now) {
		this.id = UUID.randomUUID();
		this.collectiveId = collectiveId;
		this.code = code;
		this.category = sighting.category();
		this.source = source;
		this.observedAt = sighting.observedAt();
		this.recordedAt = now;
		this.placeId = sighting.place();
		this.sealedPosition = sealing.seal("observation.position", sighting.position());
		this.sealedText = sealing.seal("observation.text", sighting.text());
		this.reporterId = reporterId;
		this.patrolId = sighting.patrol();
		this.taskId = sighting.task();
	}

	UUID id() {
		return this.id;
	}

	UUID collectiveId() {
		return this.collectiveId;
	}

	String code() {
		return this.code;
	}

	ObservationCategory category() {
		return this.category;
	}

	String source() {
		return this.source;
	}

	Instant observedAt() {
		return this.observedAt;
	}

	Instant recordedAt() {
		return this.recordedAt;
	}

	@Nullable UUID placeId() {
		return this.placeId;
	}

	@Nullable UUID reporterId() {
		return this.reporterId;
	}

	@Nullable UUID patrolId() {
		return this.patrolId;
	}

	@Nullable UUID taskId() {
		return this.taskId;
	}

	@Nullable UUID alertId() {
		return this.alertId;
	}

	List<UUID> items() {
		return List.copyOf(this.items);
	}

	String position(Sealed sealing) {
		return sealing.open("observation.position", this.sealedPosition);
	}

	String text(Sealed sealing) {
		return sealing.open("observation.text", this.sealedText);
	}

	void attach(List<UUID> evidence) {
		this.items.addAll(evidence);
	}

	void alertRaised(UUID alert) {
		this.alertId = alert;
	}

}
