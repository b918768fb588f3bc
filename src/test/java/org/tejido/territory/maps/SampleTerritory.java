package org.tejido.territory.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.tejido.territory.PlaceSensitivity;

/**
 * A territory as large as the product promises to draw: a boundary of 5,000 vertices, 200
 * places (points, lines and areas) linking to their pages, 50 observations and a patrol
 * of 2,000 GPS fixes, around 0.4° of rain forest.
 */
final class SampleTerritory {

	static final GeometryFactory GEOMETRIES = new GeometryFactory();

	private static final double LON = -60.5;

	private static final double LAT = -3.2;

	private final Random random = new Random(42);

	List<MapFeature> features() {
		List<MapFeature> features = new ArrayList<>();
		features.add(MapFeature.of(MapKind.BOUNDARY, boundary(5000), PlaceSensitivity.ALLIES).labelled("Rio Claro"));
		for (int i = 0; i < 200; i++) {
			features.add(place(i));
		}
		for (int i = 0; i < 50; i++) {
			features.add(MapFeature.of(MapKind.OBSERVATION, point(0.15), PlaceSensitivity.MEMBERS)
				.linkingTo("/en/c/rio-claro/territory/observations/" + UUID.randomUUID()));
		}
		features.add(MapFeature.of(MapKind.PATROL, walk(2000, 0.0004), PlaceSensitivity.MEMBERS)
			.labelled("Patrol of 12 March")
			.linkingTo("/en/c/rio-claro/territory/patrols/" + UUID.randomUUID()));
		return features;
	}

	/** A boundary detailed at every scale, as one that follows rivers and ridges is. */
	Polygon boundary(int vertices) {
		int waves = 300;
		double[] phases = new double[waves + 1];
		for (int k = 1; k <= waves; k++) {
			phases[k] = this.random.nextDouble(2 * Math.PI);
		}
		Coordinate[] ring = new Coordinate[vertices + 1];
		for (int i = 0; i < vertices; i++) {
			double angle = 2 * Math.PI * i / vertices;
			double wobble = 0;
			for (int k = 1; k <= waves; k++) {
				wobble += 0.04 / Math.sqrt(k) * Math.sin(k * angle + phases[k]);
			}
			double radius = 0.2 * (1 + wobble);
			ring[i] = new Coordinate(LON + radius * Math.cos(angle), LAT + radius * Math.sin(angle));
		}
		ring[vertices] = ring[0].copy();
		return GEOMETRIES.createPolygon(ring);
	}

	private MapFeature place(int i) {
		String href = "/en/c/rio-claro/territory/places/" + UUID.randomUUID();
		String name = "Place " + i + ((i % 3 == 0) ? " crossing" : " spring");
		if (i % 10 == 0) {
			return MapFeature
				.of(MapKind.PLACE_AREA, blob(this.random.nextDouble(-0.1, 0.1), 40), PlaceSensitivity.ALLIES)
				.labelled(name)
				.linkingTo(href);
		}
		if (i % 10 == 1) {
			return MapFeature.of(MapKind.PLACE_LINE, walk(30, 0.001), PlaceSensitivity.MEMBERS)
				.labelled(name)
				.linkingTo(href);
		}
		return MapFeature.of(MapKind.PLACE, point(0.15), PlaceSensitivity.ALLIES).labelled(name).linkingTo(href);
	}

	private Geometry point(double spread) {
		return GEOMETRIES.createPoint(new Coordinate(LON + this.random.nextDouble(-spread, spread),
				LAT + this.random.nextDouble(-spread, spread)));
	}

	private Polygon blob(double offset, int vertices) {
		Coordinate[] ring = new Coordinate[vertices + 1];
		double size = 0.004 + 0.004 * this.random.nextDouble();
		double centreLat = LAT + this.random.nextDouble(-0.1, 0.1);
		for (int i = 0; i < vertices; i++) {
			double angle = 2 * Math.PI * i / vertices;
			ring[i] = new Coordinate(LON + offset + size * Math.cos(angle), centreLat + size * Math.sin(angle));
		}
		ring[vertices] = ring[0].copy();
		return GEOMETRIES.createPolygon(ring);
	}

	private LineString walk(int fixes, double step) {
		Coordinate[] line = new Coordinate[fixes];
		double x = LON + this.random.nextDouble(-0.1, 0.1);
		double y = LAT + this.random.nextDouble(-0.1, 0.1);
		double heading = this.random.nextDouble(2 * Math.PI);
		for (int i = 0; i < fixes; i++) {
			heading += this.random.nextGaussian() * 0.3;
			x += step * Math.cos(heading);
			y += step * Math.sin(heading);
			line[i] = new Coordinate(x + this.random.nextGaussian() * step / 10,
					y + this.random.nextGaussian() * step / 10);
		}
		return GEOMETRIES.createLineString(line);
	}

}
