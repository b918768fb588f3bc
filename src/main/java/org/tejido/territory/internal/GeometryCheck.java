package org.tejido.territory.internal;

import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Whether a geometry may be kept: coordinates in range and, for areas, a valid shape by
 * JTS's rules, with where the problem is.
 */
public final class GeometryCheck {

	private GeometryCheck() {
	}

	/**
	 * @throws Invalid if a coordinate is out of range or not a number, or the shape is
	 * not valid (an outline that crosses itself, a hole outside its area, …)
	 */
	public static Geometry valid(Geometry geometry) {
		if (geometry.isEmpty()) {
			throw new Invalid("territory.geometry.empty");
		}
		for (Coordinate c : geometry.getCoordinates()) {
			if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
				throw new Invalid("territory.geometry.not-a-number", 0, "NaN");
			}
			if (Math.abs(c.y) > 90 || Math.abs(c.x) > 180) {
				throw new Invalid("territory.geometry.out-of-range", degrees(c.y), degrees(c.x));
			}
		}
		TopologyValidationError error = new IsValidOp(geometry).getValidationError();
		if (error != null) {
			throw problem(error);
		}
		return geometry;
	}

	private static Invalid problem(TopologyValidationError error) {
		Coordinate where = error.getCoordinate();
		String latitude = (where != null) ? degrees(where.y) : "?";
		String longitude = (where != null) ? degrees(where.x) : "?";
		return switch (error.getErrorType()) {
			case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION ->
				new Invalid("territory.geometry.self-intersection", latitude, longitude);
			case TopologyValidationError.TOO_FEW_POINTS -> new Invalid("territory.geometry.area-too-few");
			default -> new Invalid("territory.geometry.invalid-shape", latitude, longitude);
		};
	}

	/** Degrees as typed back to the reader: up to 6 decimals, a point, no grouping. */
	public static String degrees(double value) {
		return new java.math.BigDecimal(String.format(Locale.ROOT, "%.6f", value)).stripTrailingZeros().toPlainString();
	}

}
