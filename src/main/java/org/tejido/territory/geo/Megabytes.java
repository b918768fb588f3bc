package org.tejido.territory.geo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** A byte count in megabytes (three significant digits), for messages. */
final class Megabytes {

	private Megabytes() {
	}

	static String of(long bytes) {
		return BigDecimal.valueOf(bytes)
			.divide(BigDecimal.valueOf(1_000_000), new MathContext(3, RoundingMode.HALF_UP))
			.stripTrailingZeros()
			.toPlainString();
	}

}
