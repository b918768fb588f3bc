package org.tejido.territory.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Positions as people type them ({@code latitude, longitude} in decimal degrees) and as
 * they are kept ({@code lat,lon} with six decimals, about 11 cm).
 */
final class Positions {

	private Positions() {
	}

	/**
	 * The position typed, kept form; empty for empty.
	 * @throws Invalid for anything that is not a pair of numbers in range, saying so when
	 * the pair looks swapped
	 */
	static String checked(String typed) {
		String stripped = typed.strip();
		if (stripped.isEmpty()) {
			return "";
		}
		String[] parts = stripped.split("\\s*[,;]\\s*|\\s+");
		if (parts.length != 2) {
			throw new Invalid("territory.obs.position-invalid");
		}
		try {
			return kept(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
		}
		catch (NumberFormatException ex) {
			throw new Invalid("territory.obs.position-invalid");
		}
	}

	static String kept(double latitude, double longitude) {
		if (Math.abs(latitude) > 90 && Math.abs(latitude) <= 180 && Math.abs(longitude) <= 90) {
			throw new Invalid("territory.obs.position-swapped");
		}
		// Written so that NaN, which compares false with everything, is refused too.
		if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) {
			throw new Invalid("territory.obs.position-out-of-range");
		}
		return String.format(Locale.ROOT, "%.6f,%.6f", latitude, longitude);
	}

	/** The latitude of a kept position, or nothing for none. */
	static @Nullable Double latitude(String kept) {
		return kept.isEmpty() ? null : Double.valueOf(kept.substring(0, kept.indexOf(',')));
	}

	/** The longitude of a kept position, or nothing for none. */
	static @Nullable Double longitude(String kept) {
		return kept.isEmpty() ? null : Double.valueOf(kept.substring(kept.indexOf(',') + 1));
	}

}
