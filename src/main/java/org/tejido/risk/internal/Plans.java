package org.tejido.risk.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.CollectivePeople;
import org.tejido.collectives.CollectivePeople.Person;
import org.tejido.collectives.Membership;
import org.tejido.collectives.Sealed;
import org.tejido.risk.internal.PlanView.Answerable;
import org.tejido.site.NotFound;

/**
 * Reads protection plans. A plan is read by whoever may read its assessment, and by no
 * one else; a responsible person reads their own measures (title, due date, status) in
 * "my measures" without reading the assessment.
 */
@Service
public class Plans {

	private final Assessments assessments;

	private final Measures measures;

	private final CollectiveKeys keys;

	private final CollectivePeople people;

	Plans(Assessments assessments, Measures measures, CollectiveKeys keys, CollectivePeople people) {
		this.assessments = assessments;
		this.measures = measures;
		this.keys = keys;
		this.people = people;
	}

	/**
	 * @throws NotFound if the member may not read the assessment
	 */
	@Transactional(readOnly = true)
	public PlanView plan(Membership membership, UUID assessment) {
		AssessmentView view = this.assessments.readable(membership, assessment).orElseThrow(NotFound::new);
		Sealed sealing = this.keys.sealed(membership.collective());
		List<MeasureShape> shapes = this.measures
			.findByCollectiveIdAndAssessmentIdOrderByCreatedAt(membership.collective(), assessment)
			.stream()
			.map((measure) -> measure.opened(sealing))
			.toList();
		List<Person> everyone = this.people.of(membership.collective())
			.stream()
			.sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new PlanView(view, shapes, answerable(view), everyone);
	}

	/** A measure of a plan the member may read. */
	@Transactional(readOnly = true)
	public Optional<MeasureShape> measure(Membership membership, UUID assessment, UUID measure) {
		if (this.assessments.readable(membership, assessment).isEmpty()) {
			return Optional.empty();
		}
		return this.measures.findByCollectiveIdAndAssessmentIdAndId(membership.collective(), assessment, measure)
			.map((found) -> found.opened(this.keys.sealed(membership.collective())));
	}

	/** The measures this member is responsible for, in every plan of the collective. */
	@Transactional(readOnly = true)
	public List<MyMeasure> mine(Membership membership) {
		Sealed sealing = this.keys.sealed(membership.collective());
		return this.measures.findByCollectiveIdOrderByCreatedAt(membership.collective())
			.stream()
			.map((measure) -> measure.opened(sealing))
			.filter((shape) -> shape.isResponsible(membership.member()))
			.sorted(Comparator.comparing((MeasureShape shape) -> !shape.status().isOpen())
				.thenComparing(MeasureShape::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
			.map((shape) -> new MyMeasure(shape.id(), shape.title(), shape.dueOn(), shape.status()))
			.toList();
	}

	/**
	 * What a measure of this assessment may answer, with labels, in the review's order.
	 */
	static Map<String, Answerable> answerable(AssessmentView view) {
		Map<String, Answerable> answerable = new LinkedHashMap<>();
		for (Threat threat : view.threats()) {
			answerable.put("threat:" + threat.id(),
					new Answerable("threat:" + threat.id(), true, threat.title(), threat.band().code(), ""));
			for (Item item : threat.vulnerabilities()) {
				answerable.put("vulnerability:" + item.id(),
						new Answerable("vulnerability:" + item.id(), false, item.text(), "", threat.title()));
			}
		}
		for (Item item : view.vulnerabilities()) {
			answerable.put("vulnerability:" + item.id(),
					new Answerable("vulnerability:" + item.id(), false, item.text(), "", ""));
		}
		return answerable;
	}

}
