package org.tejido.risk.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a measure of a protection plan does: prevents the harm, protects people when it
 * threatens, responds when it happens, or makes the collective visible and defended in
 * public. The plan is grouped by kind, in this order.
 */
public enum MeasureKind {

	PREVENTION, PROTECTION, RESPONSE, ADVOCACY;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(MeasureKind::code).toList();
	}

	/**
	 * @throws PlanInvalid if the code names no kind
	 */
	public static MeasureKind fromCode(String code) {
		return Arrays.stream(values())
			.filter((kind) -> kind.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new PlanInvalid("plans.measure.kind-unknown"));
	}

}
