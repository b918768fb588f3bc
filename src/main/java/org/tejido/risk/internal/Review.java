package org.tejido.risk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One review of an assessment: its number, the day it was held, and its content sealed as
 * one JSON document. Only the latest review of an assessment changes.
 */
@Entity
@Table(name = "risk_review")
class Review {

	static final String CONTENT = "risk_review.content";

	@Id
	private UUID id;

	@Column(name = "assessment_id")
	private UUID assessmentId;

	private int number;

	@Column(name = "held_on")
	private LocalDate heldOn;

	@Column(name = "sealed_content")
	private byte[] sealedContent;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private @Nullable UUID createdBy;

	@SuppressWarnings("NullAway.Init")
	protected Review() {
	}

	Review(UUID assessmentId, int number, LocalDate heldOn, byte[] sealedContent, @Nullable UUID createdBy,
			Instant now) {
		this.id = UUID.randomUUID();
		this.assessmentId = assessmentId;
		this.number = number;
		this.heldOn = heldOn;
		this.sealedContent = sealedContent;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void content(byte[] sealed) {
		this.sealedContent = sealed;
	}

	byte[] sealedContent() {
		return this.sealedContent;
	}

	int number() {
		return this.number;
	}

	LocalDate heldOn() {
		return this.heldOn;
	}

	UUID assessmentId() {
		return this.assessmentId;
	}

}
