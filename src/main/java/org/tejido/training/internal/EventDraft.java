package org.tejido.training.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An event as described in the organiser's form, once every field has been checked.
 */
public record EventDraft(String title, String description, Instant startsAt, Instant endsAt, ZoneId timeZone,
		EventFormat format, @Nullable String link, @Nullable String place, String organiser, @Nullable Integer capacity,
		boolean registration, Set<String> languages, List<String> resources) {
}
