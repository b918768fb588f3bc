package org.tejido.territory.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/**
 * Patrol routes: typed as coordinates or taken from a GPS track, kept as WKT (x =
 * longitude, y = latitude, six decimals).
 */
public final class Routes {

	/** About 11 cm: more than a phone's GPS can tell. */
	private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(1_000_000));

	private Routes() {
	}

	/**
	 * A route typed as {@code latitude, longitude} lines: empty for nothing typed.
	 * @throws Invalid for a line that is not a position, or a single point
	 */
	static String typed(String lines) {
		List<Coordinate> points = new ArrayList<>();
		for (String line : lines.strip().split("\\R")) {
			if (!line.isBlank()) {
				String kept = Positions.checked(line);
				points.add(new Coordinate(Positions.longitude(kept), Positions.latitude(kept)));
			}
		}
		if (points.isEmpty()) {
			return "";
		}
		if (points.size() < 2) {
			throw new Invalid("territory.patrol.route-too-short");
		}
		return wkt(GEOMETRY.createLineString(points.toArray(Coordinate[]::new)));
	}

	/** A track read from a file, kept: lines only, rounded. */
	public static String track(Geometry track) {
		if (!(track instanceof LineString || track instanceof MultiLineString) || track.getNumPoints() < 2) {
			throw new Invalid("territory.patrol.route-not-a-track");
		}
		return wkt(GEOMETRY.createGeometry(track));
	}

	/** A kept route, or nothing for none. */
	public static java.util.Optional<Geometry> read(String wkt) {
		if (wkt.isBlank()) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(new WKTReader(GEOMETRY).read(wkt));
		}
		catch (ParseException ex) {
			throw new IllegalStateException("a kept route does not read back", ex);
		}
	}

	/** The length of a route in kilometres (haversine between its points). */
	public static double kilometres(Geometry route) {
		double metres = 0;
		for (int part = 0; part < route.getNumGeometries(); part++) {
			Coordinate[] points = route.getGeometryN(part).getCoordinates();
			for (int i = 1; i < points.length; i++) {
				metres += haversine(points[i - 1], points[i]);
			}
		}
		return metres / 1000;
	}

	private static double haversine(Coordinate from, Coordinate to) {
		double lat1 = Math.toRadians(from.y);
		double lat2 = Math.toRadians(to.y);
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(to.x - from.x);
		double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * 6_371_008.8 * Math.asin(Math.sqrt(a));
	}

	private static String wkt(Geometry geometry) {
		WKTWriter writer = new WKTWriter();
		writer.setPrecisionModel(GEOMETRY.getPrecisionModel());
		return writer.write(geometry);
	}

}
