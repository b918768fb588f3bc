package org.tejido.risk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.tejido.collectives.Sealed;

/**
 * A measure of an assessment's protection plan. Its title, resources, what it answers and
 * who is responsible are sealed (who protects whom, against what, is sensitive); its
 * kind, due date and status stay in clear so that reminders find measures falling due
 * without opening them.
 */
@Entity
@Table(name = "risk_plan_measure")
class Measure {

	@Id
	private UUID id;

	@Column(name = "collective_id")
	private UUID collectiveId;

	@Column(name = "assessment_id")
	private UUID assessmentId;

	private String kind;

	@Column(name = "sealed_title")
	private byte[] sealedTitle;

	@Column(name = "sealed_resources")
	private byte @Nullable [] sealedResources;

	@Column(name = "sealed_answers")
	private byte[] sealedAnswers;

	@Column(name = "sealed_responsible")
	private byte[] sealedResponsible;

	@Column(name = "due_on")
	private @Nullable LocalDate dueOn;

	private String status;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Measure() {
	}

	Measure(UUID collectiveId, UUID assessmentId, MeasureDraft draft, Sealed sealing, Instant now) {
		this.id = UUID.randomUUID();
		this.collectiveId = collectiveId;
		this.assessmentId = assessmentId;
		this.createdAt = now;
		change(draft, sealing, now);
	}

	final void change(MeasureDraft draft, Sealed sealing, Instant now) {
		this.kind = draft.kind().code();
		this.sealedTitle = sealing.seal("risk_plan_measure.title", draft.title());
		this.sealedResources = sealing.seal("risk_plan_measure.resources", draft.resources());
		this.sealedAnswers = sealing.seal("risk_plan_measure.answers", String.join(",", draft.answers()));
		this.sealedResponsible = sealing.seal("risk_plan_measure.responsible",
				draft.responsible().stream().map(UUID::toString).collect(Collectors.joining(",")));
		this.dueOn = draft.dueOn();
		this.status = draft.status().code();
		this.updatedAt = now;
	}

	void mark(MeasureStatus status, Instant now) {
		this.status = status.code();
		this.updatedAt = now;
	}

	MeasureShape opened(Sealed sealing) {
		return new MeasureShape(this.id, this.assessmentId, MeasureKind.fromCode(this.kind),
				sealing.open("risk_plan_measure.title", this.sealedTitle),
				sealing.open("risk_plan_measure.resources", this.sealedResources),
				split(sealing.open("risk_plan_measure.answers", this.sealedAnswers)),
				split(sealing.open("risk_plan_measure.responsible", this.sealedResponsible)).stream()
					.map(UUID::fromString)
					.toList(),
				this.dueOn, status(), this.version, this.updatedAt);
	}

	private static List<String> split(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

	UUID id() {
		return this.id;
	}

	UUID collectiveId() {
		return this.collectiveId;
	}

	UUID assessmentId() {
		return this.assessmentId;
	}

	String kind() {
		return this.kind;
	}

	@Nullable LocalDate dueOn() {
		return this.dueOn;
	}

	MeasureStatus status() {
		return MeasureStatus.fromCode(this.status);
	}

	long version() {
		return this.version;
	}

}
