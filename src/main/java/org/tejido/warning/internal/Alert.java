package org.tejido.warning.internal;

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

/**
 * An alert of a collective: what, how serious, where and when, who reported it, and how
 * far along its protocol it has been called.
 */
@Entity
@Table(name = "alert")
class Alert {

	@Id
	private UUID id;

	@Column(name = "collective_id")
	private UUID collectiveId;

	private String code;

	@Enumerated(EnumType.STRING)
	private Category category;

	@Enumerated(EnumType.STRING)
	private Severity severity;

	@Enumerated(EnumType.STRING)
	private Source source;

	@Column(name = "sealed_place")
	private byte @Nullable [] sealedPlace;

	@Column(name = "sealed_position")
	private byte @Nullable [] sealedPosition;

	@Column(name = "sealed_text")
	private byte @Nullable [] sealedText;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Column(name = "reported_at")
	private Instant reportedAt;

	@Column(name = "reporter_id")
	private @Nullable UUID reporterId;

	@Column(name = "protocol_id")
	private @Nullable UUID protocolId;

	private int step;

	private boolean held;

	private String status;

	@Column(name = "acknowledged_at")
	private @Nullable Instant acknowledgedAt;

	@Column(name = "acknowledged_by")
	private @Nullable UUID acknowledgedBy;

	private int updates;

	@Column(name = "observation_id")
	private @Nullable UUID observationId;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Alert() {
	}

	Alert(UUID collectiveId, String code, Report report, @Nullable UUID reporterId, @Nullable UUID protocolId,
			Sealed sealing, Instant now) {
		this.id = UUID.randomUUID();
		this.collectiveId = collectiveId;
		this.code = code;
		this.category = report.category();
		this.severity = report.severity();
		this.source = report.source();
		this.sealedPlace = sealing.seal("alert.place", report.place());
		this.sealedPosition = sealing.seal("alert.position", report.position());
		this.sealedText = sealing.seal("alert.text", report.text());
		this.occurredAt = report.occurredAt();
		this.reportedAt = now;
		this.reporterId = reporterId;
		this.protocolId = protocolId;
		this.status = "open";
	}

	/** The observation of the territory the alert was raised from, if any. */
	@Nullable UUID observationId() {
		return this.observationId;
	}

	void raisedFrom(UUID observation) {
		this.observationId = observation;
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

	Category category() {
		return this.category;
	}

	Severity severity() {
		return this.severity;
	}

	Source source() {
		return this.source;
	}

	Instant occurredAt() {
		return this.occurredAt;
	}

	Instant reportedAt() {
		return this.reportedAt;
	}

	@Nullable UUID reporterId() {
		return this.reporterId;
	}

	@Nullable UUID protocolId() {
		return this.protocolId;
	}

	int step() {
		return this.step;
	}

	boolean held() {
		return this.held;
	}

	boolean isOpen() {
		return "open".equals(this.status);
	}

	boolean isAcknowledged() {
		return this.acknowledgedAt != null;
	}

	@Nullable Instant acknowledgedAt() {
		return this.acknowledgedAt;
	}

	@Nullable UUID acknowledgedBy() {
		return this.acknowledgedBy;
	}

	int updates() {
		return this.updates;
	}

	String place(Sealed sealing) {
		return sealing.open("alert.place", this.sealedPlace);
	}

	String position(Sealed sealing) {
		return sealing.open("alert.position", this.sealedPosition);
	}

	String text(Sealed sealing) {
		return sealing.open("alert.text", this.sealedText);
	}

	/** Whether escalation should go on from this step. */
	boolean awaitsAnswerAt(int step) {
		return isOpen() && !isAcknowledged() && !this.held && this.step == step;
	}

	void reachStep(int step) {
		this.step = step;
	}

	boolean acknowledge(UUID member, Instant now) {
		if (isAcknowledged()) {
			return false;
		}
		this.acknowledgedAt = now;
		this.acknowledgedBy = member;
		return true;
	}

	void hold() {
		this.held = true;
		this.severity = this.severity.lower();
	}

	int update() {
		return ++this.updates;
	}

	void close() {
		this.status = "closed";
	}

}
