package org.tejido.warning.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * An alert as typed into the form, before it is checked.
 *
 * @param position coordinates as {@code latitude, longitude} in decimal degrees, or empty
 * @param when {@code yyyy-MM-ddTHH:mm} in UTC, or empty for now
 */
public record ReportInput(String category, String severity, String source, String place, String position, String when,
		String text) {

	/**
	 * @throws Invalid naming the first problem
	 */
	public Report checked() {
		Category checkedCategory = Category.fromCode(this.category);
		Severity checkedSeverity = Severity.fromCode(this.severity);
		Source checkedSource = Source.fromCode(this.source.isBlank() ? "web" : this.source);
		String checkedPlace = this.place.strip();
		String words = this.text.strip();
		if (checkedPlace.length() > Report.MAX_PLACE || words.length() > Report.MAX_TEXT) {
			throw new Invalid("alerts.too-long");
		}
		if (words.isEmpty() && checkedPlace.isEmpty()) {
			throw new Invalid("alerts.say-what-or-where");
		}
		return new Report(checkedCategory, checkedSeverity, checkedSource, checkedPlace, position(this.position),
				when(this.when), words);
	}

	static String position(String typed) {
		String stripped = typed.strip();
		if (stripped.isEmpty()) {
			return "";
		}
		String[] parts = stripped.split("[,;\\s]+");
		if (parts.length != 2) {
			throw new Invalid("alerts.position-invalid");
		}
		try {
			double latitude = Double.parseDouble(parts[0]);
			double longitude = Double.parseDouble(parts[1]);
			// Written so that NaN, which compares false with everything, is refused too.
			if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) {
				throw new Invalid("alerts.position-invalid");
			}
			return String.format(Locale.ROOT, "%.6f,%.6f", latitude, longitude);
		}
		catch (NumberFormatException ex) {
			throw new Invalid("alerts.position-invalid");
		}
	}

	private static Instant when(String typed) {
		if (typed.isBlank()) {
			return Instant.now();
		}
		try {
			Instant when = LocalDateTime.parse(typed.strip()).toInstant(ZoneOffset.UTC);
			if (when.isAfter(Instant.now().plusSeconds(3600))) {
				throw new Invalid("alerts.when-future");
			}
			return when;
		}
		catch (DateTimeParseException ex) {
			throw new Invalid("alerts.when-invalid");
		}
	}

}
