package org.tejido.territory.internal;

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
import org.tejido.territory.satellite.AlertEvent;
import org.tejido.territory.satellite.AlertFamily;

/**
 * An event of satellite alerts inside the territory, to be checked on the ground by a
 * patrol; its result is an observation.
 */
@Entity
@Table(name = "ground_truth_task")
class GroundTruthTask {

	@Id
	private UUID id;

	@Column(name = "collective_id")
	private UUID collectiveId;

	@Column(name = "event_key")
	private String eventKey;

	@Enumerated(EnumType.STRING)
	private AlertFamily family;

	@Column(name = "sealed_details")
	private byte[] sealedDetails;

	@Column(name = "sealed_centre")
	private byte[] sealedCentre;

	@Column(name = "sealed_outline")
	private byte[] sealedOutline;

	@Enumerated(EnumType.STRING)
	private TaskStatus status;

	@Column(name = "observation_id")
	private @Nullable UUID observationId;

	@Column(name = "imported_at")
	private Instant importedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected GroundTruthTask() {
	}

	@SuppressWarnings("NullAway")
	GroundTruthTask(UUID collectiveId, String eventKey, AlertEvent event, Sealed sealing, Instant now) {
		this.id = UUID.randomUUID();
		this.collectiveId = collectiveId;
		this.eventKey = eventKey;
		this.family = event.family();
		this.sealedDetails = sealing.seal("task.details", AlertEventDetails.of(event).line());
		this.sealedCentre = sealing.seal("task.centre", Positions.kept(event.latitude(), event.longitude()));
		this.sealedOutline = sealing.seal("task.outline", event.hull().toText());
		this.status = TaskStatus.OPEN;
		this.importedAt = now;
	}

	UUID id() {
		return this.id;
	}

	AlertFamily family() {
		return this.family;
	}

	AlertEventDetails details(Sealed sealing) {
		return AlertEventDetails.read(sealing.open("task.details", this.sealedDetails));
	}

	TaskStatus status() {
		return this.status;
	}

	@Nullable UUID observationId() {
		return this.observationId;
	}

	String centre(Sealed sealing) {
		return sealing.open("task.centre", this.sealedCentre);
	}

	String outline(Sealed sealing) {
		return sealing.open("task.outline", this.sealedOutline);
	}

	void checked(TaskStatus result, UUID observation) {
		this.status = result;
		this.observationId = observation;
	}

}
