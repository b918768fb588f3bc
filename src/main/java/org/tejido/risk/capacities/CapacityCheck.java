package org.tejido.risk.capacities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One self-assessment of a collective: its date in clear (to order and chart checks), all
 * its answers (scores, notes, results, participants) as JSON sealed with the collective's
 * key.
 */
@Entity
@Table(name = "capacity_check")
class CapacityCheck {

	static final String SEALED_FIELD = "capacity_check.answers";

	@Id
	private UUID id;

	@Column(name = "collective_id")
	private UUID collectiveId;

	@Column(name = "taken_on")
	private LocalDate takenOn;

	@Column(name = "sealed_answers")
	private byte[] sealedAnswers;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected CapacityCheck() {
	}

	CapacityCheck(UUID collectiveId, LocalDate takenOn, byte[] sealedAnswers, Instant now) {
		this.id = UUID.randomUUID();
		this.collectiveId = collectiveId;
		this.createdAt = now;
		change(takenOn, sealedAnswers, now);
	}

	final void change(LocalDate newDate, byte[] newAnswers, Instant now) {
		this.takenOn = newDate;
		this.sealedAnswers = newAnswers;
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	LocalDate takenOn() {
		return this.takenOn;
	}

	byte[] sealedAnswers() {
		return this.sealedAnswers;
	}

	long version() {
		return this.version;
	}

}
