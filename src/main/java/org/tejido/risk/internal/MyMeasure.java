package org.tejido.risk.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One of someone's own measures, as "my measures" shows it: no threat, no vulnerability,
 * no other responsible person, nothing of the assessment.
 */
public record MyMeasure(UUID id, String title, @Nullable LocalDate dueOn, MeasureStatus status) {
}
