package org.tejido.risk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Membership;
import org.tejido.site.NotFound;

/**
 * A protection plan as JSON ({@code tejido-risk-plan/1}, described in
 * {@code docs/risk.md}): its measures with what they answer and who is responsible, by id
 * and by name.
 */
@Component
public class PlanJson {

	static final String FORMAT = "tejido-risk-plan/1";

	private final Plans plans;

	private final Assessments assessments;

	private final JsonMapper json;

	PlanJson(Plans plans, Assessments assessments, JsonMapper json) {
		this.plans = plans;
		this.assessments = assessments;
		this.json = json;
	}

	record Document(String format, UUID assessment, String title, int review, LocalDate reviewedOn,
			List<MeasureJson> measures) {
	}

	record MeasureJson(UUID id, String kind, String title, String resources, List<Answer> answers,
			List<Responsible> responsible, @Nullable LocalDate dueOn, String status, long version, Instant updatedAt) {
	}

	/**
	 * A threat or vulnerability answered; its label empty if the latest review has it no
	 * more.
	 */
	record Answer(String ref, String label) {
	}

	record Responsible(UUID member, String name) {
	}

	/**
	 * @throws NotFound if the member may not read the assessment
	 */
	@Transactional(readOnly = true)
	public byte[] of(Membership membership, UUID assessment) {
		return this.json.writeValueAsBytes(document(this.plans.plan(membership, assessment)));
	}

	/** The plans of every assessment the member may read, as one JSON array. */
	@Transactional(readOnly = true)
	public byte[] all(Membership membership) {
		return this.json.writeValueAsBytes(this.assessments.readable(membership)
			.stream()
			.map((view) -> document(this.plans.plan(membership, view.id())))
			.toList());
	}

	private static Document document(PlanView plan) {
		AssessmentView view = plan.assessment();
		return new Document(FORMAT, view.id(), view.title(), view.latest().number(), view.latest().heldOn(),
				plan.measures().stream().map((measure) -> measure(plan, measure)).toList());
	}

	private static MeasureJson measure(PlanView plan, MeasureShape measure) {
		return new MeasureJson(measure.id(), measure.kind().code(), measure.title(), measure.resources(), measure
			.answers()
			.stream()
			.map((ref) -> new Answer(ref, plan.answerable().containsKey(ref) ? plan.answerable().get(ref).label() : ""))
			.toList(),
				measure.responsible().stream().map((member) -> new Responsible(member, plan.name(member))).toList(),
				measure.dueOn(), measure.status().code(), measure.version(), measure.updatedAt());
	}

}
