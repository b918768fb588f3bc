package org.tejido.territory.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GeoProblemsTests {

	@Test
	void refusesAPolygonThatCrossesItselfSayingWhereAndKeepsTheOtherFeatures() {
		GeoReading reading = GeoSamples.read("bow-tie.kml");

		assertThat(reading.features()).extracting(GeoFeature::name).containsExactly("Bueno");
		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.feature()).isEqualTo(1);
			assertThat(problem.name()).isEqualTo("Lazo");
			assertThat(problem.key()).isEqualTo("territory.geo.invalid.self-intersection");
			assertThat(problem.arguments().get(0)).isEqualTo("5,5");
		});
	}

	@Test
	void tellsALatitudeOutOfRangeFromCoordinatesWrittenLatitudeFirst() {
		assertThat(problemOf("[100, 95]").key()).isEqualTo("territory.geo.latitude-out-of-range");
		assertThat(problemOf("[100, 95]").arguments()).containsExactly("95");
		assertThat(problemOf("[200, 10]").key()).isEqualTo("territory.geo.longitude-out-of-range");
		assertThat(problemOf("[4.62, -174.05]").key()).isEqualTo("territory.geo.coordinates-swapped");
		assertThat(problemOf("[4.62, -174.05]").arguments()).containsExactly("4.62", "-174.05");
	}

	@Test
	void refusesMissingOrNonNumericCoordinates() {
		assertThat(problemOf("[10]").key()).isEqualTo("territory.geo.coordinate-missing");
		assertThat(problemOf("[10, null]").key()).isEqualTo("territory.geo.coordinate-missing");
		assertThat(problemOf("[\"a\", 1]").key()).isEqualTo("territory.geo.coordinate-missing");
		GeoReading kml = GeoSamples.readText("x.kml",
				"<kml><Placemark><name>N</name><Point><coordinates>NaN,1</coordinates></Point></Placemark>"
						+ "<Placemark><Point><coordinates>abc,1</coordinates></Point></Placemark></kml>");
		assertThat(kml.problems()).extracting(GeoProblem::key)
			.containsExactly("territory.geo.coordinate-missing", "territory.geo.coordinate-unreadable");
		assertThat(kml.problems().get(0).name()).isEqualTo("N");
	}

	@Test
	void refusesARingThatIsNotClosedButClosesOneWhoseGapIsTinyAndSaysSo() {
		GeoReading open = polygon("[[0,0],[1,0],[1,1],[0,1]]");
		assertThat(open.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.key()).isEqualTo("territory.geo.ring-not-closed"));

		GeoReading nearlyClosed = polygon("[[0,0],[1,0],[1,1],[0,1],[0.00000001,0]]");
		assertThat(nearlyClosed.problems()).isEmpty();
		assertThat(nearlyClosed.features()).singleElement()
			.satisfies((feature) -> assertThat(feature.geometry().isValid()).isTrue());
		assertThat(nearlyClosed.notes()).extracting(GeoProblem::key).containsExactly("territory.geo.ring-closed");
	}

	@Test
	void refusesLinesAndRingsWithTooFewPoints() {
		GeoReading line = GeoSamples.readText("x.geojson",
				"{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[1,1]]}}");
		assertThat(line.problems()).extracting(GeoProblem::key).containsExactly("territory.geo.too-few-points");
		assertThat(polygon("[[0,0],[1,1],[0,0]]").problems()).extracting(GeoProblem::key)
			.containsExactly("territory.geo.too-few-points");
	}

	@Test
	void refusesAnUnknownGeometryTypeAndBadlyNestedCoordinates() {
		assertThat(GeoSamples
			.readText("x.geojson", "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Circle\",\"coordinates\":[1,1]}}")
			.problems()).extracting(GeoProblem::key).containsExactly("territory.geo.unknown-geometry");
		assertThat(GeoSamples
			.readText("x.geojson", "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[1,1]}}")
			.problems()).extracting(GeoProblem::key).containsExactly("territory.geo.coordinates-malformed");
	}

	private static GeoReading polygon(String ring) {
		return GeoSamples.readText("x.geojson", "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}");
	}

	private static GeoProblem problemOf(String position) {
		GeoReading reading = GeoSamples.readText("x.geojson",
				"{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":" + position
						+ "}}");
		assertThat(reading.features()).isEmpty();
		assertThat(reading.problems()).hasSize(1);
		return reading.problems().get(0);
	}

}
