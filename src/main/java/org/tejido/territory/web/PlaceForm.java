package org.tejido.territory.web;

import java.util.Locale;

import org.locationtech.jts.geom.Geometry;

import org.tejido.territory.PlaceSensitivity;
import org.tejido.territory.internal.CoordinateText;
import org.tejido.territory.internal.CoordinateText.Shape;
import org.tejido.territory.internal.Invalid;
import org.tejido.territory.internal.PlaceDraft;
import org.tejido.territory.internal.PlaceKind;
import org.tejido.territory.internal.PlaceShape;

/**
 * A place form as typed, kept to show again beside what went wrong.
 *
 * @param area "on" when the typed points outline an area
 */
public record PlaceForm(String name, String kind, String sensitivity, String description, String coordinates,
		String area) {

	static PlaceForm blank() {
		return new PlaceForm("", "", "members", "", "", "");
	}

	static PlaceForm of(PlaceShape place) {
		return new PlaceForm(place.name(), place.kind().code(), place.sensitivity().name().toLowerCase(Locale.ROOT),
				place.description(), CoordinateText.write(place.geometry()), place.shape().equals("area") ? "on" : "");
	}

	public boolean isArea() {
		return "on".equals(this.area);
	}

	/**
	 * @throws Invalid if the kind, the sensitivity or the coordinates cannot be read
	 */
	PlaceDraft draft() {
		Geometry geometry = CoordinateText.read(this.coordinates, isArea() ? Shape.AREA : Shape.POINT_OR_LINE);
		return new PlaceDraft(this.name, PlaceKind.fromCode(this.kind), chosenSensitivity(), this.description,
				geometry);
	}

	private PlaceSensitivity chosenSensitivity() {
		try {
			return PlaceSensitivity.valueOf(this.sensitivity.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new Invalid("territory.place.sensitivity-unknown");
		}
	}

}
