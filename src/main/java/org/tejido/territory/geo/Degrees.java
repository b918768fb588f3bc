package org.tejido.territory.geo;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.locationtech.jts.geom.Coordinate;

/**
 * Degrees written with at most six decimals (about 10 cm), the same in every language.
 */
final class Degrees {

	private Degrees() {
	}

	static String of(double degrees) {
		if (!Double.isFinite(degrees)) {
			return Double.toString(degrees);
		}
		BigDecimal rounded = BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
		return (rounded.signum() == 0) ? "0" : rounded.toPlainString();
	}

	/** Longitude, latitude, as a file would write them. */
	static String pair(Coordinate at) {
		return of(at.getX()) + "," + of(at.getY());
	}

}
