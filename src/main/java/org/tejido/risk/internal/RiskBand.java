package org.tejido.risk.internal;

import java.util.Locale;

/**
 * The band of a risk scored likelihood × impact (each 1–5, so 1–25): low 1–4, medium 5–9,
 * high 10–16, critical 17–25 (in practice 20 and 25).
 */
public enum RiskBand {

	LOW, MEDIUM, HIGH, CRITICAL;

	public static RiskBand of(int score) {
		if (score <= 4) {
			return LOW;
		}
		if (score <= 9) {
			return MEDIUM;
		}
		return (score <= 16) ? HIGH : CRITICAL;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
