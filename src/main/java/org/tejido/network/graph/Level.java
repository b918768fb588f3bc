package org.tejido.network.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an actor acts: from the local to the international level. */
public enum Level {

	LOCAL, NATIONAL, INTERNATIONAL;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Level> fromCode(String code) {
		return Arrays.stream(values()).filter((level) -> level.code().equals(code.trim())).findFirst();
	}

}
