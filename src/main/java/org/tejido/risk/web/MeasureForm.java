package org.tejido.risk.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tejido.risk.internal.Candidate;
import org.tejido.risk.internal.MeasureDraft;
import org.tejido.risk.internal.MeasureKind;
import org.tejido.risk.internal.MeasureShape;
import org.tejido.risk.internal.MeasureStatus;
import org.tejido.risk.internal.PlanInvalid;

/**
 * A measure's form as typed, kept whole to show again when it cannot be saved.
 *
 * @param answers the ticked {@code threat:<id>} and {@code vulnerability:<id>}
 * @param responsible the ticked member ids
 * @param due {@code yyyy-MM-dd} or empty
 */
public record MeasureForm(String kind, String title, List<String> answers, List<String> responsible, String due,
		String resources, String status) {

	public MeasureForm {
		answers = (answers == null) ? List.of() : List.copyOf(answers);
		responsible = (responsible == null) ? List.of() : List.copyOf(responsible);
	}

	static MeasureForm blank() {
		return new MeasureForm(MeasureKind.PREVENTION.code(), "", List.of(), List.of(), "", "",
				MeasureStatus.PLANNED.code());
	}

	static MeasureForm from(Candidate candidate) {
		return new MeasureForm(MeasureKind.PREVENTION.code(), candidate.title(), List.of(), List.of(), "",
				candidate.origin(), MeasureStatus.PLANNED.code());
	}

	static MeasureForm of(MeasureShape measure) {
		return new MeasureForm(measure.kind().code(), measure.title(), measure.answers(),
				measure.responsible().stream().map(UUID::toString).toList(),
				(measure.dueOn() != null) ? measure.dueOn().toString() : "", measure.resources(),
				measure.status().code());
	}

	public boolean answers(String code) {
		return this.answers.contains(code);
	}

	public boolean responsible(UUID member) {
		return this.responsible.contains(member.toString());
	}

	/**
	 * @throws PlanInvalid if a field cannot be read
	 */
	MeasureDraft draft() {
		return new MeasureDraft(MeasureKind.fromCode(this.kind), this.title, this.answers,
				this.responsible.stream().map(MeasureForm::member).toList(), dueOn(), this.resources,
				this.status.isBlank() ? MeasureStatus.PLANNED : MeasureStatus.fromCode(this.status));
	}

	private @Nullable LocalDate dueOn() {
		if (this.due.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(this.due.strip());
		}
		catch (DateTimeParseException unreadable) {
			throw new PlanInvalid("plans.measure.due-unreadable");
		}
	}

	private static UUID member(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException unreadable) {
			throw new PlanInvalid("plans.measure.responsible-unknown");
		}
	}

}
