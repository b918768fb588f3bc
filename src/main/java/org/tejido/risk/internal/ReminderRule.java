package org.tejido.risk.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * When the responsible people of an open measure are reminded of it, each at most once
 * per due date:
 * <ul>
 * <li>{@link #SOON}: the due date is one to {@value #SOON_DAYS} days away;</li>
 * <li>{@link #DUE}: the due date is today, or passed less than {@value #OVERDUE_DAYS}
 * days ago (so a day the check did not run is caught up);</li>
 * <li>{@link #OVERDUE}: the due date passed {@value #OVERDUE_DAYS} days ago or more and
 * the measure is still open.</li>
 * </ul>
 * A measure without a due date, done or dropped, gets none. Changing the due date starts
 * the rules again for the new date.
 */
public enum ReminderRule {

	SOON, DUE, OVERDUE;

	static final int SOON_DAYS = 3;

	static final int OVERDUE_DAYS = 7;

	/** The rule a measure falls under today, if any. */
	public static Optional<ReminderRule> of(@Nullable LocalDate dueOn, MeasureStatus status, LocalDate today) {
		if (dueOn == null || !status.isOpen() || dueOn.isAfter(today.plusDays(SOON_DAYS))) {
			return Optional.empty();
		}
		if (dueOn.isAfter(today)) {
			return Optional.of(SOON);
		}
		return Optional.of(dueOn.isAfter(today.minusDays(OVERDUE_DAYS)) ? DUE : OVERDUE);
	}

	/**
	 * The latest due date any rule looks at today: the reminders read no measure beyond.
	 */
	public static LocalDate horizon(LocalDate today) {
		return today.plusDays(SOON_DAYS);
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
