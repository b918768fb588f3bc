package org.tejido.risk.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A measure as someone wrote it, before it is kept.
 *
 * @param answers what it answers: {@code threat:<id>} or {@code vulnerability:<id>} of
 * the assessment's latest review
 * @param responsible the members responsible for it; the same person twice counts once
 * @param dueOn when it should be done, if it has a date
 */
public record MeasureDraft(MeasureKind kind, String title, List<String> answers, List<UUID> responsible,
		@Nullable LocalDate dueOn, String resources, MeasureStatus status) {

	static final int TITLE_MAX = 200;

	static final int RESOURCES_MAX = 2000;

	/** At least two people share every measure: never one leader alone. */
	static final int RESPONSIBLE_MIN = 2;

	public MeasureDraft {
		title = title.strip();
		resources = resources.strip();
		answers = List.copyOf(new LinkedHashSet<>(answers));
		responsible = List.copyOf(new LinkedHashSet<>(responsible));
	}

	/**
	 * Checks the draft against the assessment and the collective.
	 * @param today the collective's date
	 * @param keptDue the due date the measure had, if it is a change: keeping a date that
	 * has passed is allowed, setting one is not
	 * @param answerable what the latest review offers to answer
	 * @param people the collective's members
	 * @throws PlanInvalid saying what is wrong
	 */
	MeasureDraft checked(LocalDate today, @Nullable LocalDate keptDue, Set<String> answerable, Set<UUID> people) {
		if (this.title.isEmpty()) {
			throw new PlanInvalid("plans.measure.title-missing");
		}
		if (this.title.length() > TITLE_MAX) {
			throw new PlanInvalid("plans.measure.title-too-long", TITLE_MAX);
		}
		if (this.resources.length() > RESOURCES_MAX) {
			throw new PlanInvalid("plans.measure.resources-too-long", RESOURCES_MAX);
		}
		if (this.answers.isEmpty()) {
			throw new PlanInvalid("plans.measure.answers-missing");
		}
		if (!answerable.containsAll(this.answers)) {
			throw new PlanInvalid("plans.measure.answers-unknown");
		}
		if (!people.containsAll(this.responsible)) {
			throw new PlanInvalid("plans.measure.responsible-unknown");
		}
		if (this.responsible.size() < RESPONSIBLE_MIN) {
			throw new PlanInvalid("plans.measure.two-responsible", RESPONSIBLE_MIN);
		}
		if (this.dueOn != null && this.dueOn.isBefore(today) && !Objects.equals(this.dueOn, keptDue)) {
			throw new PlanInvalid("plans.measure.due-past");
		}
		return this;
	}

}
