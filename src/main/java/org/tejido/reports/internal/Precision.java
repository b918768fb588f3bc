package org.tejido.reports.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * How finely a report shows where observations were made: a tenth of a degree (about 11
 * km), half a degree (about 55 km), a whole degree (about 111 km), or not at all.
 */
public enum Precision {

	TENTH("0.1", "0.1", 1), HALF("0.5", "0.5", 1), DEGREE("1", "1", 0), NONE("none", "0", 0);

	private final String code;

	private final BigDecimal step;

	private final int decimals;

	Precision(String code, String step, int decimals) {
		this.code = code;
		this.step = new BigDecimal(step);
		this.decimals = decimals;
	}

	public String code() {
		return this.code;
	}

	BigDecimal step() {
		return this.step;
	}

	int decimals() {
		return this.decimals;
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(Precision::code).toList();
	}

	/**
	 * @throws Invalid if the code names no precision
	 */
	public static Precision fromCode(String code) {
		return Arrays.stream(values())
			.filter((precision) -> precision.code.equals(code.strip()))
			.findFirst()
			.orElseThrow(() -> new Invalid("reports.precision-unknown"));
	}

}
