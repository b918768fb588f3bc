package org.tejido.risk.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Today, as the rules on review dates read it: the UTC day, with one day of leeway either
 * side so that a collective ahead of or behind UTC can type its own today.
 */
final class Days {

	private Days() {
	}

	static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	static boolean inFuture(LocalDate day) {
		return day.isAfter(today().plusDays(1));
	}

	static boolean inPast(LocalDate day) {
		return day.isBefore(today().minusDays(1));
	}

}
