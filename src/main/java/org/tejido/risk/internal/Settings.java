package org.tejido.risk.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the settings form of an assessment sets, opened.
 *
 * @param reviewEveryMonths the review rhythm, 1–36 months
 * @param readers the members who may read it
 */
public record Settings(String title, String facilitator, int reviewEveryMonths, @Nullable LocalDate nextReviewOn,
		Set<UUID> readers) {

	static final int LONGEST_TITLE = 200;

	/**
	 * @throws Invalid if the title is missing or too long, the rhythm is outside 1–36
	 * months or the next review date is in the past
	 */
	Settings checked() {
		String trimmed = this.title.strip();
		if (trimmed.isEmpty()) {
			throw new Invalid("risk.assessment.title-missing");
		}
		if (trimmed.length() > LONGEST_TITLE || this.facilitator.strip().length() > LONGEST_TITLE) {
			throw new Invalid("risk.assessment.title-too-long", LONGEST_TITLE);
		}
		if (this.reviewEveryMonths < 1 || this.reviewEveryMonths > 36) {
			throw new Invalid("risk.assessment.rhythm-scale");
		}
		if (this.nextReviewOn != null && Days.inPast(this.nextReviewOn)) {
			throw new Invalid("risk.review.next-in-past");
		}
		return new Settings(trimmed, this.facilitator.strip(), this.reviewEveryMonths, this.nextReviewOn, this.readers);
	}

}
