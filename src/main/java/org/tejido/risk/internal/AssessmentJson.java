package org.tejido.risk.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveActivity;
import org.tejido.collectives.Membership;
import org.tejido.site.NotFound;

/**
 * An assessment as JSON, for the collective's own keeping: its settings and its reviews
 * (all, or the latest only), in the format {@code docs/risk.md} describes. Each export is
 * recorded in the activity chain.
 */
@Component
public class AssessmentJson {

	private final Assessments assessments;

	private final CollectiveActivity activity;

	private final JsonMapper json;

	AssessmentJson(Assessments assessments, CollectiveActivity activity, JsonMapper json) {
		this.assessments = assessments;
		this.activity = activity;
		this.json = json;
	}

	/** The document: an assessment with its reviews, the latest first. */
	record Document(String format, UUID id, String title, String facilitator, int reviewEveryMonths,
			@Nullable LocalDate nextReviewOn, Set<UUID> readers, List<ReviewView> reviews) {
	}

	/**
	 * @param latestOnly whether to give only the latest review
	 * @throws NotFound if the member may not read it
	 */
	@Transactional
	public byte[] of(Membership membership, UUID assessment, boolean latestOnly) {
		AssessmentView view = this.assessments.readable(membership, assessment).orElseThrow(NotFound::new);
		List<ReviewView> reviews = latestOnly ? List.of(view.latest())
				: this.assessments.reviews(membership, assessment);
		this.activity.record(membership.collective(), membership.member(), "risk.exported", assessment);
		return this.json.writeValueAsBytes(document(view, reviews));
	}

	/**
	 * Every assessment the member may read, as one JSON array (for the collective's
	 * export).
	 */
	@Transactional
	public byte[] all(Membership membership) {
		List<Document> documents = this.assessments.readable(membership)
			.stream()
			.map((view) -> document(view, this.assessments.reviews(membership, view.id())))
			.toList();
		return this.json.writeValueAsBytes(documents);
	}

	private static Document document(AssessmentView view, List<ReviewView> reviews) {
		return new Document("tejido-risk-assessment/1", view.id(), view.title(), view.facilitator(),
				view.reviewEveryMonths(), view.nextReviewOn(), view.readers(), reviews);
	}

}
