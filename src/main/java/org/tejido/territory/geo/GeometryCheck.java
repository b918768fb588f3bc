package org.tejido.territory.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** JTS's verdict on a geometry, as a problem with a message of our own and the place. */
final class GeometryCheck {

	private GeometryCheck() {
	}

	static void valid(Geometry geometry) {
		TopologyValidationError error = new IsValidOp(geometry).getValidationError();
		if (error == null) {
			return;
		}
		String where = (error.getCoordinate() != null) ? Degrees.pair(error.getCoordinate()) : "?";
		throw new FeatureProblem("territory.geo.invalid." + reason(error.getErrorType()), where, error.getMessage());
	}

	private static String reason(int type) {
		return switch (type) {
			case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION ->
				"self-intersection";
			case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "hole-outside";
			case TopologyValidationError.NESTED_HOLES, TopologyValidationError.NESTED_SHELLS,
					TopologyValidationError.DUPLICATE_RINGS ->
				"overlapping-rings";
			case TopologyValidationError.DISCONNECTED_INTERIOR -> "disconnected-interior";
			case TopologyValidationError.TOO_FEW_POINTS -> "too-few-distinct-points";
			default -> "other";
		};
	}

}
