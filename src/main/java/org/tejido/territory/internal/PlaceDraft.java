package org.tejido.territory.internal;

import org.locationtech.jts.geom.Geometry;

import org.tejido.territory.PlaceSensitivity;

/**
 * A place as someone means to keep it (typed in a form or imported), before it is
 * checked.
 */
public record PlaceDraft(String name, PlaceKind kind, PlaceSensitivity sensitivity, String description,
		Geometry geometry) {

	static final int MAX_NAME = 120;

	static final int MAX_DESCRIPTION = 2_000;

	/**
	 * @throws Invalid if the name is empty or too long, the description too long, or the
	 * geometry not valid
	 */
	PlaceDraft checked() {
		String stripped = this.name.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
			throw new Invalid("territory.place.name-needed", MAX_NAME);
		}
		if (this.description.length() > MAX_DESCRIPTION) {
			throw new Invalid("territory.place.description-too-long", MAX_DESCRIPTION);
		}
		return new PlaceDraft(stripped, this.kind, this.sensitivity, this.description.strip(),
				GeometryCheck.valid(this.geometry));
	}

}
