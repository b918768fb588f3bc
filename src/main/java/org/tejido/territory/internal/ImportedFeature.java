package org.tejido.territory.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

import org.tejido.territory.PlaceSensitivity;
import org.tejido.territory.geo.GeoFeature;

/**
 * What a feature of a territory file becomes: an area of the territory or a place. Its
 * own {@code kind} property wins when valid ({@code area} for an area, or a place kind),
 * and so does its {@code sensitivity}; otherwise the importer's choice decides.
 */
sealed interface ImportedFeature {

	/** The property that tells an area from a place in files Tejido writes. */
	String AREA = "area";

	String name();

	Geometry geometry();

	/** Name and geometry as kept: what makes two features the same. */
	default String identity() {
		return identity(this.name(), this.geometry());
	}

	static String identity(String name, Geometry geometry) {
		return name.strip() + "\n" + SealedGeometry.wkt(geometry.norm());
	}

	record AsArea(String name, Geometry geometry) implements ImportedFeature {

	}

	record AsPlace(PlaceDraft draft) implements ImportedFeature {

		@Override
		public String name() {
			return this.draft.name();
		}

		@Override
		public Geometry geometry() {
			return this.draft.geometry();
		}

	}

	/**
	 * @throws Invalid if the feature has no name, or cannot be kept as what it becomes
	 */
	static ImportedFeature of(GeoFeature feature, ImportChoice choice) {
		String name = (feature.name() != null) ? feature.name().strip() : "";
		if (name.isEmpty()) {
			throw new Invalid("territory.files.name-needed");
		}
		String kind = property(feature, "kind");
		boolean polygonal = feature.geometry() instanceof Polygonal;
		if (polygonal && (AREA.equals(kind) || (choice.polygonsAreAreas() && placeKind(kind).isEmpty()))) {
			if (name.length() > AreaDesk.MAX_NAME) {
				throw new Invalid("territory.area.name-needed", AreaDesk.MAX_NAME);
			}
			return new AsArea(name, GeometryCheck.valid(feature.geometry()));
		}
		String description = (feature.description() != null) ? feature.description() : "";
		return new AsPlace(new PlaceDraft(name, placeKind(kind).orElse(choice.kind()),
				sensitivity(property(feature, "sensitivity")).orElse(choice.sensitivity()), description,
				feature.geometry())
			.checked());
	}

	private static String property(GeoFeature feature, String name) {
		String value = feature.properties().get(name);
		return (value != null) ? value.strip().toLowerCase(Locale.ROOT) : "";
	}

	private static Optional<PlaceKind> placeKind(String code) {
		return Arrays.stream(PlaceKind.values()).filter((kind) -> kind.code().equals(code)).findFirst();
	}

	private static Optional<PlaceSensitivity> sensitivity(String code) {
		return Arrays.stream(PlaceSensitivity.values())
			.filter((sensitivity) -> sensitivity.name().toLowerCase(Locale.ROOT).equals(code))
			.findFirst();
	}

}
