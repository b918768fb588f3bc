package org.tejido.warning.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.tejido.collectives.Sealed;

/**
 * One thing that happened to an alert: raised, a tier called, acknowledged, escalated,
 * held, updated, closed. Deliveries to each person come from messaging.
 */
@Entity
@Table(name = "alert_event")
class TimelineEntry {

	@Id
	private UUID id;

	@Column(name = "alert_id")
	private UUID alertId;

	private Instant at;

	private String kind;

	@Column(name = "member_id")
	private @Nullable UUID memberId;

	private @Nullable Integer step;

	@Column(name = "sealed_detail")
	private byte @Nullable [] sealedDetail;

	@SuppressWarnings("NullAway.Init")
	protected TimelineEntry() {
	}

	TimelineEntry(UUID alertId, String kind, @Nullable UUID memberId, @Nullable Integer step,
			byte @Nullable [] sealedDetail, Instant at) {
		this.id = UUID.randomUUID();
		this.alertId = alertId;
		this.kind = kind;
		this.memberId = memberId;
		this.step = step;
		this.sealedDetail = sealedDetail;
		this.at = at;
	}

	Instant at() {
		return this.at;
	}

	String kind() {
		return this.kind;
	}

	@Nullable UUID memberId() {
		return this.memberId;
	}

	@Nullable Integer step() {
		return this.step;
	}

	String detail(Sealed sealing) {
		return sealing.open("alert.event", this.sealedDetail);
	}

}
