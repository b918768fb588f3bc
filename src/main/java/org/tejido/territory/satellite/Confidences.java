package org.tejido.territory.satellite;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The sources' confidence scales, normalised. An empty value is nominal; a value outside
 * the source's scale is null (the row is refused).
 */
final class Confidences {

	private Confidences() {
	}

	static @Nullable Confidence of(AlertSource source, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return Confidence.NOMINAL;
		}
		String value = raw.strip().toLowerCase(Locale.ROOT);
		return switch (source) {
			case FIRMS_MODIS -> percent(value);
			case FIRMS_VIIRS -> word(value);
			default -> isInteger(value) ? encoded(value) : word(value);
		};
	}

	/**
	 * FIRMS MODIS: 0–29 low, 30–79 nominal, 80–100 high (the FIRMS user guide's classes).
	 */
	private static @Nullable Confidence percent(String value) {
		if (!isInteger(value) || value.length() > 3) {
			return null;
		}
		int percent = Integer.parseInt(value);
		if (percent > 100) {
			return null;
		}
		return percent < 30 ? Confidence.LOW : percent < 80 ? Confidence.NOMINAL : Confidence.HIGH;
	}

	/**
	 * Words of FIRMS VIIRS (l, n, h) and of the GFW API (low, nominal, high, highest;
	 * "true" and "false" in the older GLAD exports' confirmed column).
	 */
	private static @Nullable Confidence word(String value) {
		return switch (value) {
			case "l", "low" -> Confidence.LOW;
			case "n", "nominal", "medium", "probable", "false" -> Confidence.NOMINAL;
			case "h", "high", "highest", "very high", "confirmed", "true" -> Confidence.HIGH;
			default -> null;
		};
	}

	/**
	 * GFW rasters and some exports encode confidence as a digit: 1 low, 2 nominal (GLAD
	 * "probable", RADD "low"), 3 high, 4 highest.
	 */
	private static @Nullable Confidence encoded(String value) {
		return switch (value) {
			case "1" -> Confidence.LOW;
			case "2" -> Confidence.NOMINAL;
			case "3", "4" -> Confidence.HIGH;
			default -> null;
		};
	}

	private static boolean isInteger(String value) {
		return !value.isEmpty() && value.chars().allMatch(Character::isDigit);
	}

}
