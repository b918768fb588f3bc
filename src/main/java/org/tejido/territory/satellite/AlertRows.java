package org.tejido.territory.satellite;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Turns the rows of one file into alerts, or into the problems that kept them out, and
 * keeps count against the limits.
 */
final class AlertRows {

	/** One row's values by lower-case column name; null when the row lacks the column. */
	interface Fields {

		@Nullable String get(String column);

	}

	private final AlertFormat format;

	private final AlertLimits limits;

	private final LocalDate latest;

	private final List<SatelliteAlert> alerts = new ArrayList<>();

	private final List<RowProblem> problems = new ArrayList<>();

	private long rows;

	private long problemCount;

	AlertRows(AlertFormat format, AlertLimits limits, LocalDate latest) {
		this.format = format;
		this.limits = limits;
		this.latest = latest;
	}

	void read(long row, Fields fields) {
		if (++this.rows > this.limits.maxRows()) {
			throw new AlertFileRefused(413, "too-many-rows", Integer.toString(this.limits.maxRows()));
		}
		Double latitude = number(fields.get(AlertFormat.LATITUDE));
		Double longitude = number(fields.get(AlertFormat.LONGITUDE));
		if (latitude == null || latitude < -90 || latitude > 90) {
			problem(RowProblem.of(row, "latitude", fields.get(AlertFormat.LATITUDE)));
			return;
		}
		if (longitude == null || longitude < -180 || longitude > 180) {
			problem(RowProblem.of(row, "longitude", fields.get(AlertFormat.LONGITUDE)));
			return;
		}
		int before = this.alerts.size();
		for (AlertFormat.DateColumn column : this.format.columns()) {
			String date = fields.get(column.date());
			if (date != null && !date.isBlank() && !readAlert(row, fields, column, latitude, longitude)) {
				this.alerts.subList(before, this.alerts.size()).clear();
				return;
			}
		}
		if (this.alerts.size() == before) {
			problem(RowProblem.of(row, "date", ""));
		}
	}

	private boolean readAlert(long row, Fields fields, AlertFormat.DateColumn column, double latitude,
			double longitude) {
		String rawDate = fields.get(column.date());
		LocalDate date = date(rawDate);
		if (date == null || date.isBefore(this.limits.earliest()) || date.isAfter(this.latest)) {
			return problem(RowProblem.of(row, "date", rawDate));
		}
		String rawConfidence = column.confidence() == null ? null : fields.get(column.confidence());
		Confidence confidence = Confidences.of(column.source(), rawConfidence);
		if (confidence == null) {
			return problem(RowProblem.of(row, "confidence", rawConfidence));
		}
		if (column.source().family() == AlertFamily.DEFORESTATION) {
			this.alerts
				.add(new SatelliteAlert(latitude, longitude, date, null, column.source(), confidence, null, null));
			return true;
		}
		return readFire(row, fields, column.source(), latitude, longitude, date, confidence);
	}

	private boolean readFire(long row, Fields fields, AlertSource source, double latitude, double longitude,
			LocalDate date, Confidence confidence) {
		String rawTime = fields.get("acq_time");
		LocalTime time = time(rawTime);
		if (rawTime != null && !rawTime.isBlank() && time == null) {
			return problem(RowProblem.of(row, "time", rawTime));
		}
		String rawFrp = fields.get("frp");
		Double frp = number(rawFrp);
		if (rawFrp != null && !rawFrp.isBlank() && (frp == null || frp < 0)) {
			return problem(RowProblem.of(row, "frp", rawFrp));
		}
		Double brightness = number(fields.get(source == AlertSource.FIRMS_VIIRS ? "bright_ti4" : "brightness"));
		this.alerts.add(new SatelliteAlert(latitude, longitude, date, time, source, confidence, frp, brightness));
		return true;
	}

	private boolean problem(RowProblem problem) {
		if (++this.problemCount <= this.limits.maxProblemsListed()) {
			this.problems.add(problem);
		}
		return false;
	}

	AlertFile file() {
		if (this.alerts.isEmpty()) {
			throw new AlertFileRefused(422, "no-usable-row", Long.toString(this.rows));
		}
		return new AlertFile(this.format.sources(), this.rows, this.alerts, this.problems, this.problemCount);
	}

	private static @Nullable Double number(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			double value = Double.parseDouble(raw.strip());
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** ISO days; GFW exports sometimes add a midnight time ("2024-03-05 00:00:00"). */
	private static @Nullable LocalDate date(@Nullable String raw) {
		if (raw == null) {
			return null;
		}
		String value = raw.strip();
		if (value.length() > 10 && (value.charAt(10) == 'T' || value.charAt(10) == ' ')) {
			value = value.substring(0, 10);
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * FIRMS acq_time is HHMM in UTC, its leading zeros dropped by some tools ("56" is
	 * 00:56).
	 */
	private static @Nullable LocalTime time(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String value = raw.strip().replace(":", "");
		if (value.length() > 4 || !value.chars().allMatch(Character::isDigit)) {
			return null;
		}
		int hhmm = Integer.parseInt(value);
		int hours = hhmm / 100;
		int minutes = hhmm % 100;
		return hours < 24 && minutes < 60 ? LocalTime.of(hours, minutes) : null;
	}

}
