package org.tejido.network.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An actor's stance towards the collective. */
public enum Stance {

	OPPONENT, NEUTRAL, UNKNOWN, ALLY;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Stance> fromCode(String code) {
		return Arrays.stream(values()).filter((stance) -> stance.code().equals(code.trim())).findFirst();
	}

}
