package org.tejido.warning.internal;

import java.time.Instant;

/**
 * What someone reported, checked: category, severity, where (a named place, and/or
 * coordinates as {@code lat,lon}), when, and what they saw.
 */
public record Report(Category category, Severity severity, Source source, String place, String position,
		Instant occurredAt, String text) {

	static final int MAX_TEXT = 2000;

	static final int MAX_PLACE = 200;

}
