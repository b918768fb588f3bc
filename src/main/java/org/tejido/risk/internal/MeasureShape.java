package org.tejido.risk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A measure of a protection plan, opened for someone who may read it.
 *
 * @param answers {@code threat:<id>} or {@code vulnerability:<id>} of the assessment
 * @param responsible the members sharing it
 */
public record MeasureShape(UUID id, UUID assessment, MeasureKind kind, String title, String resources,
		List<String> answers, List<UUID> responsible, @Nullable LocalDate dueOn, MeasureStatus status, long version,
		Instant updatedAt) {

	public boolean isResponsible(UUID member) {
		return this.responsible.contains(member);
	}

}
