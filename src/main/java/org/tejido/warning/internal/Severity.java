package org.tejido.warning.internal;

import java.util.Locale;

/**
 * How serious an alert is, with the CAP 1.2 severity and urgency it maps to.
 */
public enum Severity {

	LOW("Minor", "Future"), MEDIUM("Moderate", "Expected"), HIGH("Severe", "Immediate"),
	CRITICAL("Extreme", "Immediate");

	private final String capSeverity;

	private final String capUrgency;

	Severity(String capSeverity, String capUrgency) {
		this.capSeverity = capSeverity;
		this.capUrgency = capUrgency;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Every code, in the order the forms offer them. */
	public static java.util.List<String> codes() {
		return java.util.Arrays.stream(values()).map((value) -> value.code()).toList();
	}

	String capSeverity() {
		return this.capSeverity;
	}

	String capUrgency() {
		return this.capUrgency;
	}

	Severity lower() {
		return (this == LOW) ? LOW : values()[ordinal() - 1];
	}

	static Severity fromCode(String code) {
		for (Severity severity : values()) {
			if (severity.code().equals(code)) {
				return severity;
			}
		}
		throw new Invalid("alerts.severity-unknown");
	}

}
