package org.tejido.territory.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a ground-truthing task stands: still to check, or what the patrol found.
 */
public enum TaskStatus {

	OPEN, CONFIRMED, NOT_FOUND, OTHER_CAUSE;

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The results a patrol can record. */
	public static List<String> resultCodes() {
		return Arrays.stream(values()).filter((status) -> status != OPEN).map(TaskStatus::code).toList();
	}

	static Optional<TaskStatus> result(String code) {
		return Arrays.stream(values()).filter((status) -> status != OPEN && status.code().equals(code)).findFirst();
	}

}
