package org.tejido.training.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.tejido.site.BadRequest;

/**
 * The time zones readers can pick to see an event's time (those of the communities Tejido
 * serves first, any IANA zone by name), and how times are written in a reader's language.
 */
final class TimeZones {

	static final List<String> OFFERED = List.of("America/Mexico_City", "America/Guatemala", "America/Tegucigalpa",
			"America/Bogota", "America/Lima", "America/Caracas", "America/La_Paz", "America/Santiago",
			"America/Argentina/Buenos_Aires", "America/Sao_Paulo", "America/Manaus", "America/New_York",
			"Europe/London", "Europe/Madrid", "Africa/Lagos", "Africa/Kinshasa", "Africa/Nairobi",
			"Africa/Johannesburg", "Asia/Kolkata", "Asia/Bangkok", "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura",
			"Asia/Manila", "UTC");

	private TimeZones() {
	}

	/** The zone asked for in {@code ?tz=}, or the event's own. */
	static ZoneId chosen(@Nullable String tz, ZoneId eventZone) {
		if (tz == null || tz.isBlank()) {
			return eventZone;
		}
		try {
			return ZoneId.of(tz.strip());
		}
		catch (DateTimeException ex) {
			throw new BadRequest("error.unknown-filter", "tz", (tz.length() > 40) ? tz.substring(0, 40) : tz);
		}
	}

	static List<String> offeredWith(ZoneId eventZone, ZoneId chosen) {
		Set<String> zones = new LinkedHashSet<>();
		zones.add(eventZone.getId());
		zones.add(chosen.getId());
		zones.addAll(OFFERED);
		return List.copyOf(zones);
	}

	static String when(Instant start, Instant end, ZoneId zone, Locale locale) {
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone);
		DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
		boolean sameDay = start.atZone(zone).toLocalDate().equals(end.atZone(zone).toLocalDate());
		return day.format(start) + " – " + (sameDay ? time.format(end) : day.format(end));
	}

	static String name(ZoneId zone, Locale locale) {
		return zone.getId().replace('_', ' ') + " (" + zone.getDisplayName(TextStyle.SHORT, locale) + ")";
	}

}
