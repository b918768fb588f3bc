package org.tejido.territory.geo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import static org.assertj.core.api.Assertions.assertThat;

class GeoWritingTests {

	@Test
	void writesGeoJsonThatReadsBackToTheSameGeometries() {
		List<GeoFeature> features = GeoSamples.read("territory.kml").features();

		GeoReading again = roundTrip(GeoFormat.GEOJSON, features);

		assertSameGeometries(features, again.features());
		assertThat(again.features()).extracting(GeoFeature::name)
			.containsExactlyElementsOf(features.stream().map(GeoFeature::name).toList());
		assertThat(again.features().get(0).description()).isEqualTo("Límite reconocido en la asamblea");
		assertThat(again.features().get(0).properties()).containsEntry("resolución", "2019-04");
	}

	@Test
	void writesGeoJsonLongitudeFirstWithSixDecimals() {
		GeoFeature point = GeoFeature.of("P",
				Shapes.WGS84.createPoint(new org.locationtech.jts.geom.Coordinate(-74.123456789, 4.5)));

		String json = written(GeoFormat.GEOJSON, List.of(point));

		assertThat(json).contains("\"coordinates\":[-74.123457,4.5]").contains("\"type\":\"FeatureCollection\"");
	}

	@Test
	void writesKmlThatReadsBackToTheSameGeometriesNamesAndData() {
		List<GeoFeature> features = GeoSamples.read("places.geojson").features();

		GeoReading again = roundTrip(GeoFormat.KML, features);

		assertSameGeometries(features, again.features());
		assertThat(again.features().get(0).name()).isEqualTo("Pozo");
		assertThat(again.features().get(0).description()).isEqualTo("Agua todo el año");
		assertThat(again.features().get(0).properties()).containsEntry("uso", "comunal");
	}

	@Test
	void writesGpxThatReadsBackToTheSameTracksTimesAndWaypoints() {
		List<GeoFeature> features = GeoSamples.read("patrol.gpx").features();

		GeoReading again = roundTrip(GeoFormat.GPX, features);

		assertSameGeometries(features, again.features());
		assertThat(again.features().get(2).times()).isEqualTo(features.get(2).times());
		assertThat(again.features().get(0).name()).isEqualTo("Tala reciente");
	}

	@Test
	void writesAPolygonToGpxAsItsOuterRingAndNotesIt() {
		GeoFeature territory = GeoSamples.read("territory.kml").features().get(0);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		List<GeoProblem> notes = GeoFiles.write(GeoFormat.GPX, List.of(territory), out);
		GeoReading again = GeoFiles.read("t.gpx", new ByteArrayInputStream(out.toByteArray()));

		assertThat(notes).extracting(GeoProblem::key).containsExactly("territory.geo.gpx-outer-ring-only");
		Geometry track = again.features().get(0).geometry();
		assertThat(track.equalsExact(((org.locationtech.jts.geom.Polygon) territory.geometry()).getExteriorRing()))
			.isTrue();
	}

	@Test
	void escapesNamesInXml() {
		GeoFeature tricky = new GeoFeature("<b>&\"x\"</b>", "a < b",
				Shapes.WGS84.createPoint(new org.locationtech.jts.geom.Coordinate(1, 2)), Map.of("k", "&"),
				List.of(Instant.EPOCH));

		assertThat(roundTrip(GeoFormat.KML, List.of(tricky)).features().get(0).name()).isEqualTo("<b>&\"x\"</b>");
	}

	private static GeoReading roundTrip(GeoFormat format, List<GeoFeature> features) {
		String written = written(format, features);
		return GeoFiles.read("again." + format.extension(),
				new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)));
	}

	private static String written(GeoFormat format, List<GeoFeature> features) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		GeoFiles.write(format, features, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static void assertSameGeometries(List<GeoFeature> written, List<GeoFeature> read) {
		assertThat(read).hasSameSizeAs(written);
		for (int i = 0; i < written.size(); i++) {
			assertThat(read.get(i).geometry().equalsExact(written.get(i).geometry(), 1e-9))
				.as("feature %d: %s vs %s", i + 1, written.get(i).geometry(), read.get(i).geometry())
				.isTrue();
		}
	}

}
