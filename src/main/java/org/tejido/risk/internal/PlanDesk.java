package org.tejido.risk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveActivity;
import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.CollectivePeople;
import org.tejido.collectives.Membership;
import org.tejido.collectives.Sealed;
import org.tejido.site.NotFound;
import org.tejido.site.Refused;

/**
 * Adds, changes and removes the measures of a protection plan, one transaction per
 * action, each recorded in the activity chain. Coordinators who may read the assessment
 * change its plan; a responsible person may mark their own measure in progress or done.
 */
@Service
public class PlanDesk {

	private final Assessments assessments;

	private final Measures measures;

	private final CollectiveKeys keys;

	private final CollectivePeople people;

	private final CollectiveActivity activity;

	PlanDesk(Assessments assessments, Measures measures, CollectiveKeys keys, CollectivePeople people,
			CollectiveActivity activity) {
		this.assessments = assessments;
		this.measures = measures;
		this.keys = keys;
		this.people = people;
		this.activity = activity;
	}

	/**
	 * @throws PlanInvalid if the draft cannot be kept
	 */
	@Transactional
	public UUID add(Membership coordinator, UUID assessment, MeasureDraft draft) {
		AssessmentView view = editable(coordinator, assessment);
		MeasureDraft checked = checked(coordinator, view, draft, null);
		Measure measure = this.measures.save(new Measure(coordinator.collective(), assessment, checked,
				this.keys.sealed(coordinator.collective()), Instant.now()));
		this.activity.record(coordinator.collective(), coordinator.member(), "risk.plan.measure-added", measure.id());
		return measure.id();
	}

	/**
	 * @param version the version the change was made on
	 * @throws PlanStale if the measure changed meanwhile
	 * @throws PlanInvalid if the draft cannot be kept
	 */
	@Transactional
	public void change(Membership coordinator, UUID assessment, UUID id, long version, MeasureDraft draft) {
		AssessmentView view = editable(coordinator, assessment);
		Measure measure = found(coordinator, assessment, id);
		if (measure.version() != version) {
			throw new PlanStale();
		}
		MeasureDraft checked = checked(coordinator, view, draft, measure.dueOn());
		measure.change(checked, this.keys.sealed(coordinator.collective()), Instant.now());
		this.activity.record(coordinator.collective(), coordinator.member(), "risk.plan.measure-changed", id);
	}

	/**
	 * @param version the version seen, or {@code null} when the form had none
	 */
	@Transactional
	public void mark(Membership coordinator, UUID assessment, UUID id, @Nullable Long version, MeasureStatus status) {
		editable(coordinator, assessment);
		Measure measure = found(coordinator, assessment, id);
		if (version != null && measure.version() != version) {
			throw new PlanStale();
		}
		marked(coordinator, measure, status);
	}

	/**
	 * A responsible person marks their own measure in progress or done.
	 * @throws NotFound if they are not responsible for it
	 * @throws PlanInvalid for any other status
	 */
	@Transactional
	public void markMine(Membership membership, UUID id, MeasureStatus status) {
		Sealed sealing = this.keys.sealed(membership.collective());
		Measure measure = this.measures.findByCollectiveIdAndId(membership.collective(), id)
			.filter((found) -> found.opened(sealing).isResponsible(membership.member()))
			.orElseThrow(NotFound::new);
		if (!status.settableByResponsible()) {
			throw new PlanInvalid("plans.measure.status-unknown");
		}
		marked(membership, measure, status);
	}

	@Transactional
	public void remove(Membership coordinator, UUID assessment, UUID id) {
		editable(coordinator, assessment);
		this.measures.delete(found(coordinator, assessment, id));
		this.activity.record(coordinator.collective(), coordinator.member(), "risk.plan.measure-removed", id);
	}

	private void marked(Membership membership, Measure measure, MeasureStatus status) {
		if (measure.status() == status) {
			return;
		}
		measure.mark(status, Instant.now());
		this.activity.record(membership.collective(), membership.member(), "risk.plan.measure-status", measure.id());
	}

	private MeasureDraft checked(Membership coordinator, AssessmentView view, MeasureDraft draft,
			@Nullable LocalDate keptDue) {
		Set<UUID> members = this.people.of(coordinator.collective())
			.stream()
			.map(CollectivePeople.Person::member)
			.collect(Collectors.toSet());
		return draft.checked(Days.today().minusDays(1), keptDue, Plans.answerable(view).keySet(), members);
	}

	private Measure found(Membership membership, UUID assessment, UUID id) {
		return this.measures.findByCollectiveIdAndAssessmentIdAndId(membership.collective(), assessment, id)
			.orElseThrow(NotFound::new);
	}

	/**
	 * @throws NotFound if the member may not read the assessment
	 * @throws Refused 403 if they read it but do not coordinate
	 */
	public AssessmentView editable(Membership membership, UUID assessment) {
		AssessmentView view = this.assessments.readable(membership, assessment).orElseThrow(NotFound::new);
		if (!this.assessments.mayEdit(membership, assessment)) {
			throw new Refused(HttpStatus.FORBIDDEN, "risk.coordinators-edit");
		}
		return view;
	}

}
