package org.tejido.territory.geo;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;

/**
 * The shape a GeoJSON geometry object describes, its coordinates nested as its type says.
 */
final class GeoJsonShapes {

	private GeoJsonShapes() {
	}

	static Shape shape(GeoJsonParts geometry) {
		String type = (geometry.type != null) ? geometry.type : "";
		Object at = geometry.coordinates;
		return switch (type) {
			case "Point" -> point(at, type);
			case "LineString" -> new Shape.Line(positions(at, type));
			case "Polygon" -> area(at, type);
			case "MultiPoint" -> new Shape.Many(positions(at, type).stream().<Shape>map(Shape.Point::new).toList());
			case "MultiLineString" -> new Shape.Many(
					lists(at, type).stream().<Shape>map((line) -> new Shape.Line(positions(line, type))).toList());
			case "MultiPolygon" ->
				new Shape.Many(lists(at, type).stream().map((polygon) -> area(polygon, type)).toList());
			case "GeometryCollection" ->
				new Shape.Many(geometry.geometries.stream().map(GeoJsonShapes::shape).toList());
			default -> throw new FeatureProblem("territory.geo.unknown-geometry", type);
		};
	}

	private static Shape point(@Nullable Object at, String type) {
		if (at instanceof Coordinate position) {
			return new Shape.Point(position);
		}
		throw malformed(type);
	}

	private static Shape area(@Nullable Object at, String type) {
		List<List<Coordinate>> rings = new ArrayList<>();
		for (Object ring : lists(at, type)) {
			rings.add(positions(ring, type));
		}
		return new Shape.Area(rings);
	}

	private static List<Coordinate> positions(@Nullable Object at, String type) {
		List<Coordinate> positions = new ArrayList<>();
		for (Object position : lists(at, type)) {
			if (!(position instanceof Coordinate coordinate)) {
				throw malformed(type);
			}
			positions.add(coordinate);
		}
		return positions;
	}

	private static List<?> lists(@Nullable Object at, String type) {
		if (at instanceof List<?> list) {
			return list;
		}
		throw malformed(type);
	}

	private static FeatureProblem malformed(String type) {
		return new FeatureProblem("territory.geo.coordinates-malformed", type);
	}

}
