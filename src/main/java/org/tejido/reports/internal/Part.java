package org.tejido.reports.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a report may include, each chosen by the coordinator. */
public enum Part {

	ALERTS, OBSERVATIONS, LOCATIONS, RISK, MEASURES;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(Part::code).toList();
	}

	static Optional<Part> fromCode(String code) {
		return Arrays.stream(values()).filter((part) -> part.code().equals(code.strip())).findFirst();
	}

}
