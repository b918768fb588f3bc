package org.tejido.reports.internal;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * One count of a report, already anonymised: what it counts (a section, a month, a
 * category or other key, or a rounded position) and the cell shown.
 *
 * @param month the month it counts, or none for the whole period
 * @param key a category, severity, status, band or {@code kind:status} code, or empty
 * @param latitude a rounded latitude, or empty
 * @param longitude a rounded longitude, or empty
 */
public record Figure(String section, @Nullable YearMonth month, String key, String latitude, String longitude,
		Cell cell) {

	public static final String ALERTS_BY_CATEGORY = "alerts.category";

	public static final String ALERTS_BY_SEVERITY = "alerts.severity";

	public static final String ALERTS_BY_STATUS = "alerts.status";

	public static final String OBSERVATIONS_BY_CATEGORY = "observations.category";

	public static final String OBSERVATIONS_BY_LOCATION = "observations.location";

	public static final String OBSERVATIONS_UNLOCATED = "observations.unlocated";

	public static final String RISK_BANDS = "risk.band";

	public static final String RISK_CHANGES = "risk.change";

	public static final String MEASURES = "measures";

	public static final String MEASURES_OVERDUE = "measures.overdue";

	static Figure of(String section, @Nullable YearMonth month, String key, Cell cell) {
		return new Figure(section, month, key, "", "", cell);
	}

	/**
	 * What the figure counts, without its cell: figures of several reports add up by it.
	 */
	public Figure.Subject subject() {
		return new Subject(this.section, this.month, this.key, this.latitude, this.longitude);
	}

	/** What a figure counts. */
	public record Subject(String section, @Nullable YearMonth month, String key, String latitude, String longitude) {
	}

}
