package org.tejido.territory.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an observation is about: the alert categories, and what a patrol watches besides.
 */
public enum ObservationCategory {

	STRANGERS, THREAT, EVICTION, ATTACK, EXTRACTION, SMEAR, ARREST, WILDLIFE, WATER, FIRE, BOUNDARY, INFRASTRUCTURE,
	OTHER;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Every code, in the order the forms offer them. */
	public static List<String> codes() {
		return Arrays.stream(values()).map(ObservationCategory::code).toList();
	}

	/** The codes an alert can have (those of the early-warning network). */
	public static List<String> alertCodes() {
		return Arrays.stream(values()).map(ObservationCategory::alertCategory).distinct().toList();
	}

	public static Optional<ObservationCategory> fromCode(String code) {
		return Arrays.stream(values()).filter((category) -> category.code().equals(code)).findFirst();
	}

	/**
	 * The alert category an alert raised from this observation starts with; the field
	 * categories have none of their own.
	 */
	public String alertCategory() {
		return switch (this) {
			case WILDLIFE, WATER, FIRE, BOUNDARY, INFRASTRUCTURE -> "other";
			default -> code();
		};
	}

}
