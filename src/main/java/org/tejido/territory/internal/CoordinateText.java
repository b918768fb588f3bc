package org.tejido.territory.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads coordinates typed one pair a line, latitude first ("4.6097, -74.0817"), into a
 * point (one line), a line (several) or an area (several, outlining it; the ring is
 * closed for the typist). Each mistake is reported with its line and value.
 */
public final class CoordinateText {

	static final int MAX_POINTS = 2_000;

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private CoordinateText() {
	}

	/** The shape the typed points make. */
	public enum Shape {

		POINT_OR_LINE, AREA

	}

	/**
	 * @throws Invalid naming the first problem found and its line
	 */
	public static Geometry read(String text, Shape shape) {
		List<Coordinate> points = coordinates(text);
		if (shape == Shape.AREA) {
			return area(points);
		}
		if (points.size() == 1) {
			return FACTORY.createPoint(points.get(0));
		}
		if (points.stream().distinct().count() < 2) {
			throw new Invalid("territory.geometry.line-too-few");
		}
		return FACTORY.createLineString(points.toArray(Coordinate[]::new));
	}

	private static Geometry area(List<Coordinate> points) {
		List<Coordinate> ring = new ArrayList<>(points);
		if (!ring.get(0).equals2D(ring.get(ring.size() - 1))) {
			ring.add(ring.get(0).copy());
		}
		if (ring.size() < 4 || points.stream().distinct().count() < 3) {
			throw new Invalid("territory.geometry.area-too-few");
		}
		return FACTORY.createPolygon(ring.toArray(Coordinate[]::new));
	}

	/**
	 * The typed pairs as coordinates (x longitude, y latitude), rounded to 6 decimals.
	 */
	static List<Coordinate> coordinates(String text) {
		List<Coordinate> points = new ArrayList<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (!line.isEmpty()) {
				points.add(coordinate(i + 1, line));
			}
			if (points.size() > MAX_POINTS) {
				throw new Invalid("territory.geometry.too-many", MAX_POINTS);
			}
		}
		if (points.isEmpty()) {
			throw new Invalid("territory.geometry.empty");
		}
		return points;
	}

	private static Coordinate coordinate(int number, String line) {
		String[] parts = line.split("\\s*[,;]\\s*|\\s+");
		if (parts.length != 2) {
			throw new Invalid("territory.geometry.not-a-pair", number, line);
		}
		double latitude = number(number, parts[0]);
		double longitude = number(number, parts[1]);
		if (Math.abs(latitude) > 90 && Math.abs(latitude) <= 180 && Math.abs(longitude) <= 90) {
			throw new Invalid("territory.geometry.swapped", number, line);
		}
		if (Math.abs(latitude) > 90) {
			throw new Invalid("territory.geometry.latitude-range", number, parts[0]);
		}
		if (Math.abs(longitude) > 180) {
			throw new Invalid("territory.geometry.longitude-range", number, parts[1]);
		}
		return new Coordinate(rounded(longitude), rounded(latitude));
	}

	private static double number(int line, String text) {
		try {
			double value = Double.parseDouble(text.replace('\u2212', '-'));
			if (Double.isFinite(value) && !text.toLowerCase(Locale.ROOT).matches(".*[a-z].*")) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below, with the line
		}
		throw new Invalid("territory.geometry.not-a-number", line, text);
	}

	static double rounded(double degrees) {
		return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).doubleValue();
	}

	/** A geometry typed back as it is entered: one "latitude, longitude" a line. */
	public static String write(Geometry geometry) {
		Coordinate[] all = (geometry instanceof org.locationtech.jts.geom.Polygon polygon)
				? polygon.getExteriorRing().getCoordinates() : geometry.getCoordinates();
		int count = (geometry instanceof org.locationtech.jts.geom.Polygon) ? all.length - 1 : all.length;
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(GeometryCheck.degrees(all[i].y))
				.append(", ")
				.append(GeometryCheck.degrees(all[i].x))
				.append('\n');
		}
		return text.toString();
	}

}
