package org.tejido.territory.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.locationtech.jts.geom.Point;

import org.tejido.territory.geo.GeoFeature;

/**
 * A point of a GPS file (a GPX waypoint, a KML or GeoJSON point) as an observation: what
 * was seen from its name and description, the category from the first word in any of the
 * five languages (as in an SMS; otherwise "other"), where from the point, when from the
 * point's time if it has one.
 */
final class Waypoints {

	private Waypoints() {
	}

	/** Whether a feature is one point, which can be an observation. */
	static boolean isPoint(GeoFeature feature) {
		return feature.geometry() instanceof Point;
	}

	/**
	 * The observation a point stands for, to be checked.
	 * @param patrol the patrol's id, or empty
	 */
	static ObservationInput input(GeoFeature point, String patrol) {
		String text = text(point);
		String firstWord = text.isEmpty() ? "" : text.split("[\\s:,.;!?]+", 2)[0];
		ObservationCategory category = SmsObservationReading.word(firstWord).orElse(ObservationCategory.OTHER);
		Point where = (Point) point.geometry();
		String position = GeometryCheck.degrees(where.getY()) + ", " + GeometryCheck.degrees(where.getX());
		String when = point.times().isEmpty() ? ""
				: LocalDateTime.ofInstant(point.times().get(0), ZoneOffset.UTC).toString();
		return new ObservationInput(category.code(), "", position, when, text, patrol);
	}

	private static String text(GeoFeature point) {
		String name = (point.name() != null) ? point.name().strip() : "";
		String description = (point.description() != null) ? point.description().strip() : "";
		if (name.isEmpty() || description.isEmpty()) {
			return name + description;
		}
		return name + " — " + description;
	}

}
