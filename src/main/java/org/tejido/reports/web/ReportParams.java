package org.tejido.reports.web;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.tejido.reports.internal.ReportForm;

/**
 * The report's fields as a request carries them; any of them may be missing.
 *
 * @param period the period's code
 * @param from the first day of a custom period
 * @param to its last day
 * @param precision the location precision's code
 * @param threshold the smallest count shown
 * @param include the parts asked for
 */
record ReportParams(@Nullable String period, @Nullable String from, @Nullable String to, @Nullable String precision,
		@Nullable String threshold, @Nullable List<String> include) {

	/**
	 * The report to show: a field left out takes the blank form's value, so a bare link
	 * opens the usual report.
	 */
	ReportForm orBlank() {
		ReportForm blank = ReportForm.blank();
		return new ReportForm(or(this.period, blank.period()), or(this.from, blank.from()), or(this.to, blank.to()),
				or(this.precision, blank.precision()), or(this.threshold, blank.threshold()),
				(this.include != null) ? this.include : blank.include());
	}

	/**
	 * The report to share, exactly as sent: a field left out stays empty and is refused
	 * when checked, so nothing leaves on values the coordinator did not choose.
	 */
	ReportForm asSent() {
		return new ReportForm(or(this.period, ""), or(this.from, ""), or(this.to, ""), or(this.precision, ""),
				or(this.threshold, ""), (this.include != null) ? this.include : List.of());
	}

	private static String or(@Nullable String given, String otherwise) {
		return Objects.requireNonNullElse(given, otherwise);
	}

}
