package org.tejido.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A report as checked: the period (both days included), how finely places are shown,
 * below what count a figure is suppressed, and what it includes.
 */
public record ReportSpec(LocalDate from, LocalDate to, Precision precision, int threshold, Set<Part> parts) {

	public ReportSpec {
		parts = Set.copyOf(parts);
	}

	public boolean includes(Part part) {
		return this.parts.contains(part) && (part != Part.LOCATIONS || this.precision != Precision.NONE);
	}

	public Anonymiser anonymiser() {
		return new Anonymiser(this.threshold);
	}

	Instant start() {
		return this.from.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	Instant end() {
		return this.to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** Every month the period touches, in order. */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(this.from); !month.isAfter(YearMonth.from(this.to)); month = month
			.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

}
