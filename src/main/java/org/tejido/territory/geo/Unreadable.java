package org.tejido.territory.geo;

/** The refusal of a file that is damaged or cut short, with the line when it is known. */
final class Unreadable {

	private Unreadable() {
	}

	static GeoFileRefused at(GeoFormat format, int line) {
		if (line > 0) {
			return new GeoFileRefused(422, "territory.geo.unreadable-at-line", format.name(), line);
		}
		return new GeoFileRefused(422, "territory.geo.unreadable", format.name());
	}

}
