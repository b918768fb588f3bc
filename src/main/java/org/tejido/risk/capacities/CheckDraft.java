package org.tejido.risk.capacities;

import java.time.LocalDate;

/** A check that passed every rule, ready to be kept. */
public record CheckDraft(LocalDate takenOn, CheckAnswers answers) {
}
