package org.tejido.warning.internal;

import java.util.Locale;

import org.tejido.territory.FieldObservations.Observed;

/**
 * What an alert raised from an observation of the territory reports: the category and
 * severity the person chose, and the observation's place, position, time and words.
 */
public final class ObservationReports {

	private ObservationReports() {
	}

	/**
	 * @throws Invalid for an unknown category or severity
	 */
	public static Report report(Observed observed, String category, String severity) {
		String place = (observed.place() != null) ? observed.place().name() : "";
		String position = (observed.latitude() != null)
				? String.format(Locale.ROOT, "%.6f,%.6f", observed.latitude(), observed.longitude())
				: (observed.place() != null) ? String.format(Locale.ROOT, "%.6f,%.6f", observed.place().latitude(),
						observed.place().longitude()) : "";
		String text = (observed.text().length() > Report.MAX_TEXT) ? observed.text().substring(0, Report.MAX_TEXT)
				: observed.text();
		return new Report(Category.fromCode(category), Severity.fromCode(severity), Source.WEB,
				(place.length() > Report.MAX_PLACE) ? place.substring(0, Report.MAX_PLACE) : place, position,
				observed.at(), text);
	}

}
