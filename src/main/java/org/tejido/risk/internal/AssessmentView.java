package org.tejido.risk.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An assessment as its reader sees it: its settings, its latest review, the review before
 * it (to show what changed), and the numbers and dates of all its reviews.
 *
 * @param version the version every edit form carries back
 * @param readers the members who may read it
 * @param previous the review before the latest, if any
 * @param reviews every review, the latest first
 */
public record AssessmentView(UUID id, String title, String facilitator, long version, int reviewEveryMonths,
		@Nullable LocalDate nextReviewOn, Set<UUID> readers, ReviewView latest, @Nullable ReviewView previous,
		List<ReviewSummary> reviews) {

	/** The latest review's threats. */
	public List<Threat> threats() {
		return this.latest.content().threats();
	}

	/**
	 * The latest review's vulnerabilities of the whole collective (not of one threat).
	 */
	public List<Item> vulnerabilities() {
		return this.latest.content().vulnerabilities();
	}

	/** The latest review's capacities of the whole collective (not of one threat). */
	public List<Item> capacities() {
		return this.latest.content().capacities();
	}

	/** The measures suggested for the plan in the latest review. */
	public List<Candidate> candidates() {
		return this.latest.content().candidates();
	}

	public Settings settings() {
		return new Settings(this.title, this.facilitator, this.reviewEveryMonths, this.nextReviewOn, this.readers);
	}

	/** What changed from the review before the latest to the latest. */
	public ReviewChanges changes() {
		return (this.previous == null) ? ReviewChanges.none()
				: ReviewChanges.between(this.previous.content(), this.latest.content());
	}

	/** A review, by number and date. */
	public record ReviewSummary(int number, LocalDate heldOn) {
	}

}
