package org.tejido.risk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.tejido.collectives.Sealed;

/**
 * A risk assessment: its title and facilitator sealed, its review rhythm and next review
 * date in clear (for reminders), its readers, and a version that every change of it or of
 * its reviews moves on.
 */
@Entity
@Table(name = "risk_assessment")
class Assessment {

	static final String TITLE = "risk_assessment.title";

	static final String FACILITATOR = "risk_assessment.facilitator";

	@Id
	private UUID id;

	@Column(name = "collective_id")
	private UUID collectiveId;

	@Column(name = "sealed_title")
	private byte[] sealedTitle;

	@Column(name = "sealed_facilitator")
	private byte @Nullable [] sealedFacilitator;

	@Column(name = "review_every_months")
	private int reviewEveryMonths;

	@Column(name = "next_review_on")
	private @Nullable LocalDate nextReviewOn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "risk_assessment_reader", joinColumns = @JoinColumn(name = "assessment_id"))
	@Column(name = "member_id")
	private Set<UUID> readers = new HashSet<>();

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Assessment() {
	}

	Assessment(UUID collectiveId, Settings settings, Sealed sealing, Instant now) {
		this.id = UUID.randomUUID();
		this.collectiveId = collectiveId;
		this.createdAt = now;
		change(settings, sealing, now);
	}

	final void change(Settings settings, Sealed sealing, Instant now) {
		byte[] title = sealing.seal(TITLE, settings.title());
		this.sealedTitle = (title != null) ? title : new byte[0];
		this.sealedFacilitator = sealing.seal(FACILITATOR, settings.facilitator());
		this.reviewEveryMonths = settings.reviewEveryMonths();
		this.nextReviewOn = settings.nextReviewOn();
		this.readers.clear();
		this.readers.addAll(settings.readers());
		this.updatedAt = now;
	}

	/** Marks a change of the assessment's reviews, moving its version on. */
	void touched(Instant now) {
		this.updatedAt = now;
	}

	void nextReviewOn(@Nullable LocalDate date, Instant now) {
		this.nextReviewOn = date;
		this.updatedAt = now;
	}

	Settings settings(Sealed sealing) {
		return new Settings(sealing.open(TITLE, this.sealedTitle), sealing.open(FACILITATOR, this.sealedFacilitator),
				this.reviewEveryMonths, this.nextReviewOn, Set.copyOf(this.readers));
	}

	boolean readableBy(UUID member) {
		return this.readers.contains(member);
	}

	UUID id() {
		return this.id;
	}

	UUID collectiveId() {
		return this.collectiveId;
	}

	long version() {
		return this.version;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
