package org.tejido.territory.satellite;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * Alerts of one family that lie near each other on close days: one thing to check on the
 * ground.
 *
 * @param id 32 hexadecimal characters derived from the alerts alone (their sources,
 * places, dates, times, confidences and measures), so the same alerts give the same id
 * whatever the file or the order of its rows
 * @param family deforestation or fire
 * @param sources the alert systems that saw it, in {@link AlertSource} order
 * @param count the number of alerts
 * @param first the earliest alert's date
 * @param last the latest alert's date
 * @param latitude the alerts' mean latitude
 * @param longitude the alerts' mean longitude
 * @param box the box around the alerts
 * @param hull the alerts' convex hull (x longitude, y latitude): a point, a line or a
 * polygon
 * @param confidence the highest confidence among the alerts
 * @param totalFrp the sum of the fire radiative power the alerts give, in MW; null for
 * deforestation or when no alert gives it
 * @param alerts the alerts, by date, time, latitude and longitude
 */
public record AlertEvent(String id, AlertFamily family, List<AlertSource> sources, int count, LocalDate first,
		LocalDate last, double latitude, double longitude, BoundingBox box, Geometry hull, Confidence confidence,
		@Nullable Double totalFrp, List<SatelliteAlert> alerts) {

	public AlertEvent {
		sources = List.copyOf(sources);
		alerts = List.copyOf(alerts);
	}

}
