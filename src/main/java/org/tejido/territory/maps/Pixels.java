package org.tejido.territory.maps;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Brings a projected geometry down to what the screen can show: vertices closer than
 * {@link #TOLERANCE} of a pixel to the simplified line go (topology kept, so an area
 * stays valid), then every vertex is snapped to a whole pixel, which removes those that
 * fall on the same pixel and repairs what snapping would break.
 */
final class Pixels {

	/** The simplification tolerance, in output pixels. */
	static final double TOLERANCE = 1.0;

	private static final PrecisionModel WHOLE_PIXELS = new PrecisionModel(1);

	private Pixels() {
	}

	static Geometry simplified(Geometry projected) {
		Geometry simple = TopologyPreservingSimplifier.simplify(projected, TOLERANCE);
		try {
			return GeometryPrecisionReducer.reduce(simple, WHOLE_PIXELS);
		}
		catch (RuntimeException ex) {
			// An invalid import can defeat snap-rounding; the path writer still rounds.
			return simple;
		}
	}

}
