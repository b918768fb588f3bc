package org.tejido.risk.capacities.chart;

import java.time.LocalDate;
import java.util.List;

/**
 * Places dates along the horizontal axis in proportion to the time between them, from the
 * first date at {@code left} to the last at {@code right}; a single date stands in the
 * middle.
 */
record TimeScale(LocalDate first, LocalDate last, double left, double right) {

	static TimeScale of(List<LocalDate> dates, double left, double right) {
		LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
		LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
		return new TimeScale(first, last, left, right);
	}

	double x(LocalDate date) {
		long span = this.last.toEpochDay() - this.first.toEpochDay();
		if (span == 0) {
			return (this.left + this.right) / 2;
		}
		return this.left + (this.right - this.left) * (date.toEpochDay() - this.first.toEpochDay()) / span;
	}

}
