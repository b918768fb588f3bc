package org.tejido.territory.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Builds the JTS geometry of a shape, checking every coordinate on the way; then asks JTS
 * whether the result is valid ({@link GeometryCheck}).
 */
final class Shapes {

	static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	/**
	 * A gap up to this many degrees (about a centimetre) is closed; a wider one is a
	 * problem.
	 */
	private static final double TINY_GAP = 1e-7;

	private final List<FeatureProblem> notes = new ArrayList<>();

	Geometry build(Shape shape) {
		Geometry geometry = geometry(shape);
		GeometryCheck.valid(geometry);
		return geometry;
	}

	List<FeatureProblem> notes() {
		return this.notes;
	}

	private Geometry geometry(Shape shape) {
		return switch (shape) {
			case Shape.Point point -> point(point);
			case Shape.Line line -> line(line.points());
			case Shape.Area area -> polygon(area.rings());
			case Shape.Many many -> many(many.parts());
		};
	}

	private Point point(Shape.Point point) {
		return WGS84.createPoint(checked(point.at()));
	}

	private LineString line(List<Coordinate> points) {
		if (points.size() < 2) {
			throw new FeatureProblem("territory.geo.too-few-points", 2, points.size());
		}
		return WGS84.createLineString(checked(points));
	}

	private Polygon polygon(List<List<Coordinate>> rings) {
		if (rings.isEmpty()) {
			throw new FeatureProblem("territory.geo.too-few-points", 4, 0);
		}
		LinearRing shell = ring(rings.get(0));
		LinearRing[] holes = rings.subList(1, rings.size()).stream().map(this::ring).toArray(LinearRing[]::new);
		return WGS84.createPolygon(shell, holes);
	}

	private LinearRing ring(List<Coordinate> given) {
		Coordinate[] points = checked(given);
		if (points.length >= 3 && !points[0].equals2D(points[points.length - 1])) {
			double gap = points[0].distance(points[points.length - 1]);
			if (gap > TINY_GAP) {
				throw new FeatureProblem("territory.geo.ring-not-closed", Degrees.pair(points[0]),
						Degrees.pair(points[points.length - 1]));
			}
			points = closed(points);
			this.notes.add(
					new FeatureProblem("territory.geo.ring-closed", String.format(Locale.ROOT, "%.2f", gap * 111_320)));
		}
		if (points.length < 4) {
			throw new FeatureProblem("territory.geo.too-few-points", 4, given.size());
		}
		return WGS84.createLinearRing(points);
	}

	private Geometry many(List<Shape> parts) {
		if (parts.isEmpty()) {
			throw new FeatureProblem("territory.geo.no-geometry");
		}
		Geometry[] built = parts.stream().map(this::geometry).toArray(Geometry[]::new);
		if (parts.stream().allMatch(Shape.Point.class::isInstance)) {
			return WGS84.createMultiPoint(java.util.Arrays.copyOf(built, built.length, Point[].class));
		}
		if (parts.stream().allMatch(Shape.Line.class::isInstance)) {
			return WGS84.createMultiLineString(java.util.Arrays.copyOf(built, built.length, LineString[].class));
		}
		if (parts.stream().allMatch(Shape.Area.class::isInstance)) {
			return WGS84.createMultiPolygon(java.util.Arrays.copyOf(built, built.length, Polygon[].class));
		}
		return WGS84.createGeometryCollection(built);
	}

	/**
	 * The last point moved onto the first: adding one would leave a sliver that crosses
	 * itself.
	 */
	private static Coordinate[] closed(Coordinate[] points) {
		Coordinate[] closed = points.clone();
		closed[points.length - 1] = points[0].copy();
		return closed;
	}

	private static Coordinate[] checked(List<Coordinate> points) {
		points.forEach(Shapes::checked);
		return points.toArray(Coordinate[]::new);
	}

	private static Coordinate checked(Coordinate at) {
		double longitude = at.getX();
		double latitude = at.getY();
		if (!Double.isFinite(longitude) || !Double.isFinite(latitude)) {
			throw new FeatureProblem("territory.geo.coordinate-missing");
		}
		if (Math.abs(latitude) > 90 && Math.abs(latitude) <= 180 && Math.abs(longitude) <= 90) {
			throw new FeatureProblem("territory.geo.coordinates-swapped", Degrees.of(longitude), Degrees.of(latitude));
		}
		if (Math.abs(latitude) > 90) {
			throw new FeatureProblem("territory.geo.latitude-out-of-range", Degrees.of(latitude));
		}
		if (Math.abs(longitude) > 180) {
			throw new FeatureProblem("territory.geo.longitude-out-of-range", Degrees.of(longitude));
		}
		return at;
	}

}
