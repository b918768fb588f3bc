package org.tejido.territory.geo;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Polygon;

import static org.assertj.core.api.Assertions.assertThat;

class GeoReadingTests {

	@Test
	void readsATerritoryPolygonWithItsHoleAndThePlacesInNestedFoldersOfAKml() {
		GeoReading reading = GeoSamples.read("territory.kml");

		assertThat(reading.format()).isEqualTo(GeoFormat.KML);
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.features()).extracting(GeoFeature::name)
			.containsExactly("Territorio", "Escuela", "Camino al río", "Cultivos");
		GeoFeature territory = reading.features().get(0);
		assertThat(territory.description()).isEqualTo("Límite reconocido en la asamblea");
		assertThat(territory.properties()).containsEntry("resolución", "2019-04");
		Polygon polygon = (Polygon) territory.geometry();
		assertThat(polygon.getNumInteriorRing()).isEqualTo(1);
		assertThat(polygon.getExteriorRing().getCoordinateN(1).getX()).isEqualTo(-74.00);
		assertThat(polygon.getExteriorRing().getCoordinateN(1).getY()).isEqualTo(4.60);
		assertThat(reading.features().get(1).geometry().getGeometryType()).isEqualTo("Point");
		assertThat(reading.features().get(2).geometry().getGeometryType()).isEqualTo("LineString");
		assertThat(reading.features().get(3).geometry().getGeometryType()).isEqualTo("GeometryCollection");
	}

	@Test
	void readsTheDocKmlOfAKmz() {
		GeoReading reading = GeoSamples.read("territory.kmz");

		assertThat(reading.format()).isEqualTo(GeoFormat.KMZ);
		assertThat(reading.features()).extracting(GeoFeature::name).startsWith("Territorio").hasSize(4);
	}

	@Test
	void readsAPatrolTrackWithItsTimesTheWaypointsAndARouteOfAGpx() {
		GeoReading reading = GeoSamples.read("patrol.gpx");

		assertThat(reading.format()).isEqualTo(GeoFormat.GPX);
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.features()).extracting(GeoFeature::name)
			.containsExactly("Tala reciente", "Mojón 4", "Ronda de la mañana", "Regreso");
		GeoFeature waypoint = reading.features().get(0);
		assertThat(waypoint.description()).isEqualTo("Tres árboles cortados");
		assertThat(waypoint.geometry().getCoordinate().getX()).isEqualTo(-74.05);
		assertThat(waypoint.geometry().getCoordinate().getY()).isEqualTo(4.62);
		GeoFeature track = reading.features().get(2);
		assertThat(track.geometry()).isInstanceOf(MultiLineString.class);
		assertThat(track.geometry().getNumPoints()).isEqualTo(5);
		assertThat(track.times()).hasSize(5)
			.startsWith(Instant.parse("2026-11-02T07:00:00Z"))
			.endsWith(Instant.parse("2026-11-02T07:40:00Z"));
		assertThat(reading.features().get(3).geometry().getGeometryType()).isEqualTo("LineString");
		assertThat(reading.features().get(3).times()).isEmpty();
	}

	@Test
	void readsTheSoundFeaturesOfAGeoJsonAndAProblemForEachOfTheOthers() {
		GeoReading reading = GeoSamples.read("places.geojson");

		assertThat(reading.format()).isEqualTo(GeoFormat.GEOJSON);
		assertThat(reading.features()).extracting(GeoFeature::name).containsExactly("Pozo", "Sendero", "Reserva", null);
		GeoFeature well = reading.features().get(0);
		assertThat(well.description()).isEqualTo("Agua todo el año");
		assertThat(well.properties()).containsEntry("uso", "comunal").containsEntry("caudal", "3.5");
		assertThat(well.geometry().getCoordinate().getX()).isEqualTo(-74.05);
		assertThat(reading.features().get(2).geometry().getGeometryType()).isEqualTo("MultiPolygon");
		assertThat(reading.features().get(3).geometry().getGeometryType()).isEqualTo("GeometryCollection");
		assertThat(reading.problems()).extracting(GeoProblem::feature, GeoProblem::name, GeoProblem::key)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(5, "Fuera de rango", "territory.geo.latitude-out-of-range"),
					org.assertj.core.groups.Tuple.tuple(6, "Al revés", "territory.geo.coordinates-swapped"),
					org.assertj.core.groups.Tuple.tuple(7, "Lazo", "territory.geo.invalid.self-intersection"),
					org.assertj.core.groups.Tuple.tuple(8, "Sin geometría", "territory.geo.no-geometry"));
		assertThat(reading.complete()).isFalse();
	}

	@Test
	void readsABareGeoJsonGeometryAsOneFeature() {
		GeoReading reading = GeoSamples.readText("x.json", "{\"coordinates\": [10.5, -3.25], \"type\": \"Point\"}");

		assertThat(reading.features()).singleElement()
			.satisfies((feature) -> assertThat(feature.geometry().getCoordinate().getX()).isEqualTo(10.5));
	}

	@Test
	void readsAGpx10FileAndAKmlWhoseRootComesAfterALongComment() {
		String gpx = "<gpx version=\"1.0\" xmlns=\"http://www.topografix.com/GPX/1/0\"><wpt lat=\"1.5\" lon=\"2.5\"><name>A</name></wpt></gpx>";
		String kml = "<?xml version=\"1.0\"?><!--" + "x".repeat(10_000)
				+ "--><kml><Placemark><Point><coordinates>3,4</coordinates></Point></Placemark></kml>";

		assertThat(GeoSamples.readText("old.gpx", gpx).features()).extracting(GeoFeature::name).containsExactly("A");
		assertThat(GeoSamples.readText("late.kml", kml).features()).hasSize(1);
	}

}
