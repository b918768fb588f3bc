package org.tejido.risk.capacities;

import java.time.LocalDate;
import java.util.UUID;

/** A check as the collective reads it, opened. */
public record CheckView(UUID id, LocalDate takenOn, long version, CheckAnswers answers) {
}
