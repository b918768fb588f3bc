package org.tejido.territory.geo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A byte count in megabytes, for messages. */
final class Megabytes {

	private Megabytes() {
	}

	static String of(long bytes) {
		return BigDecimal.valueOf(bytes)
			.divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

}
