package org.tejido.evidence.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * When a photo's own date (EXIF DateTimeOriginal) cannot be right: later than the file
 * reached us, more than a day from its GPS time stamp, or before 1990. A date without an
 * offset is local time read as UTC, so it may run up to 14 hours ahead of the receipt.
 */
final class DateDoubts {

	static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

	private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

	private static final Duration FARTHEST_OFFSET = Duration.ofHours(14);

	private DateDoubts() {
	}

	static boolean doubtful(DeviceMetadata metadata, Instant receivedAt) {
		Instant taken = metadata.taken();
		if (taken == null) {
			return false;
		}
		Duration slack = metadata.offsetGiven() ? CLOCK_SLACK : FARTHEST_OFFSET.plus(CLOCK_SLACK);
		boolean afterReceipt = taken.isAfter(receivedAt.plus(slack));
		boolean farFromGps = metadata.gpsTime() != null
				&& Duration.between(taken, metadata.gpsTime()).abs().compareTo(Duration.ofDays(1)) > 0;
		return afterReceipt || farFromGps || taken.isBefore(EARLIEST);
	}

}
