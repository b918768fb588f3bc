package org.tejido.risk.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a measure stands. Only open measures (planned, in progress) get reminders.
 */
public enum MeasureStatus {

	PLANNED, IN_PROGRESS, DONE, DROPPED;

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public boolean isOpen() {
		return this == PLANNED || this == IN_PROGRESS;
	}

	/** What a responsible person may set on their own measure. */
	public boolean settableByResponsible() {
		return this == IN_PROGRESS || this == DONE;
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(MeasureStatus::code).toList();
	}

	/**
	 * @throws PlanInvalid if the code names no status
	 */
	public static MeasureStatus fromCode(String code) {
		return Arrays.stream(values())
			.filter((status) -> status.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new PlanInvalid("plans.measure.status-unknown"));
	}

}
