package org.tejido.warning;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.tejido.collectives.Membership;

/**
 * How many alerts a collective raised, counted for a situation report: by month raised
 * (UTC), category, severity and status, and nothing else (no words, place, position or
 * person). Only for coordinators; anyone else gets none.
 */
public interface AlertFigures {

	/** The counts of the alerts raised from {@code from} (inclusive) to {@code to}. */
	List<AlertCount> counted(Membership coordinator, Instant from, Instant to);

	/**
	 * How many alerts share a month, category, severity and status.
	 *
	 * @param category an alert category code
	 * @param severity a severity code (low, medium, high, critical)
	 * @param status {@code open} or {@code closed}
	 */
	record AlertCount(YearMonth month, String category, String severity, String status, int count) {
	}

}
