package org.tejido.territory.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import org.tejido.territory.PlaceSensitivity;
import org.tejido.territory.geo.GeoFeature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportedFeatureTests {

	private static final ImportChoice AREAS = new ImportChoice(true, PlaceKind.CAMP, PlaceSensitivity.MEMBERS);

	private static final ImportChoice PLACES = new ImportChoice(false, PlaceKind.CAMP, PlaceSensitivity.MEMBERS);

	private static final String SQUARE = "POLYGON ((-74.1 4.6, -74 4.6, -74 4.7, -74.1 4.7, -74.1 4.6))";

	@Test
	void polygonsBecomeAreasOrPlacesAsChosen() {
		assertThat(ImportedFeature.of(feature("Resguardo", SQUARE, Map.of()), AREAS))
			.isInstanceOf(ImportedFeature.AsArea.class);
		assertThat(ImportedFeature.of(feature("Resguardo", SQUARE, Map.of()), PLACES))
			.isInstanceOf(ImportedFeature.AsPlace.class);
	}

	@Test
	void aFeaturesOwnValidKindAndSensitivityWin() {
		ImportedFeature sacred = ImportedFeature
			.of(feature("Laguna", SQUARE, Map.of("kind", "Sacred-Site", "sensitivity", "coordinators")), AREAS);
		assertThat(sacred).isInstanceOfSatisfying(ImportedFeature.AsPlace.class, (place) -> {
			assertThat(place.draft().kind()).isEqualTo(PlaceKind.SACRED_SITE);
			assertThat(place.draft().sensitivity()).isEqualTo(PlaceSensitivity.COORDINATORS);
		});
		assertThat(ImportedFeature.of(feature("Resguardo", SQUARE, Map.of("kind", "area")), PLACES))
			.isInstanceOf(ImportedFeature.AsArea.class);
		ImportedFeature unknown = ImportedFeature
			.of(feature("Pozo", "POINT (-74 4.6)", Map.of("kind", "well", "sensitivity", "everyone")), AREAS);
		assertThat(unknown).isInstanceOfSatisfying(ImportedFeature.AsPlace.class, (place) -> {
			assertThat(place.draft().kind()).isEqualTo(PlaceKind.CAMP);
			assertThat(place.draft().sensitivity()).isEqualTo(PlaceSensitivity.MEMBERS);
		});
	}

	@Test
	void aFeatureWithoutANameIsRefused() {
		assertThatThrownBy(() -> ImportedFeature.of(feature("  ", "POINT (-74 4.6)", Map.of()), AREAS))
			.isInstanceOfSatisfying(Invalid.class,
					(invalid) -> assertThat(invalid.messageKey()).isEqualTo("territory.files.name-needed"));
	}

	@Test
	void theSameNameAndShapeAreTheSameFeatureWhateverTheRingsStartAndTheDecimalsBeyondSix() {
		String shifted = "POLYGON ((-74 4.6, -74 4.7, -74.1 4.7, -74.1000001 4.6, -74 4.6))";
		assertThat(ImportedFeature.identity("Resguardo ", geometry(shifted)))
			.isEqualTo(ImportedFeature.identity("Resguardo", geometry(SQUARE)));
		assertThat(ImportedFeature.identity("Resguardo", geometry(SQUARE)))
			.isNotEqualTo(ImportedFeature.identity("Resguardo Alto", geometry(SQUARE)));
	}

	private static GeoFeature feature(String name, String wkt, Map<String, String> properties) {
		return new GeoFeature(name, null, geometry(wkt), properties, List.of());
	}

	static Geometry geometry(String wkt) {
		try {
			return new WKTReader().read(wkt);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
