package org.tejido.risk.internal;

import java.time.LocalDate;

/** One review of an assessment, opened. */
public record ReviewView(int number, LocalDate heldOn, ReviewContent content) {
}
