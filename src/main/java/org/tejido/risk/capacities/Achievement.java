package org.tejido.risk.capacities;

import java.util.Arrays;
import java.util.Optional;

/** How far the collective has reached a result: yes, partly, or not yet. */
public enum Achievement {

	YES("yes"), PARTLY("partly"), NOT_YET("not-yet");

	private final String code;

	Achievement(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static Optional<Achievement> fromCode(String code) {
		return Arrays.stream(values()).filter((achievement) -> achievement.code.equals(code)).findFirst();
	}

}
