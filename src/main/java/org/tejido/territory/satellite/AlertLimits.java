package org.tejido.territory.satellite;

import java.time.LocalDate;

/**
 * What one alerts file may hold.
 *
 * @param maxBytes the file's size, in bytes
 * @param maxRows data rows (or features)
 * @param maxProblemsListed row problems listed one by one (the rest are only counted)
 * @param earliest alerts before this day are refused as out of range
 */
public record AlertLimits(long maxBytes, int maxRows, int maxProblemsListed, LocalDate earliest) {

	/** 64 MB, 500,000 rows, 100 problems listed, nothing before 2000. */
	public static final AlertLimits DEFAULT = new AlertLimits(64L * 1024 * 1024, 500_000, 100,
			LocalDate.of(2000, 1, 1));

	public AlertLimits {
		if (maxBytes < 1 || maxRows < 1 || maxProblemsListed < 0) {
			throw new IllegalArgumentException("limits must be positive");
		}
	}

}
