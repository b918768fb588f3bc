package org.tejido.territory.satellite;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One alert of one satellite system at a point (WGS 84 degrees).
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 * @param date the day of the alert (UTC for fires)
 * @param time the time of the satellite's pass (UTC), for fires only
 * @param source the alert system
 * @param confidence normalised confidence
 * @param frp fire radiative power in MW, for fires when the file gives it
 * @param brightness brightness temperature in kelvin (VIIRS I-4 or MODIS channel 21/22),
 * for fires when the file gives it
 */
public record SatelliteAlert(double latitude, double longitude, LocalDate date, @Nullable LocalTime time,
		AlertSource source, Confidence confidence, @Nullable Double frp, @Nullable Double brightness) {

	public AlertFamily family() {
		return this.source.family();
	}

	/** A stable text of everything this alert says, from which event ids are derived. */
	String canonical() {
		return this.source.name() + '|'
				+ String.format(java.util.Locale.ROOT, "%.6f|%.6f", this.latitude, this.longitude) + '|' + this.date
				+ '|' + (this.time == null ? "" : this.time) + '|' + this.confidence + '|'
				+ (this.frp == null ? "" : this.frp) + '|' + (this.brightness == null ? "" : this.brightness);
	}

}
