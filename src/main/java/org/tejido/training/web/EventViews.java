package org.tejido.training.web;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.tejido.library.ResourceLinks;
import org.tejido.site.Page;
import org.tejido.training.internal.EventCatalogue;
import org.tejido.training.internal.TrainingEvent;

/**
 * Turns events into what pages show.
 */
@Component
class EventViews {

	private final EventCatalogue catalogue;

	private final ResourceLinks library;

	EventViews(EventCatalogue catalogue, ResourceLinks library) {
		this.catalogue = catalogue;
		this.library = library;
	}

	EventView of(TrainingEvent event, ZoneId zone, Page page) {
		Locale locale = page.lang().locale();
		long registered = this.catalogue.registered(event);
		Integer capacity = event.capacity();
		long left = (capacity != null) ? Math.max(0, capacity - registered) : Long.MAX_VALUE;
		String languages = event.languages()
			.stream()
			.map((code) -> Locale.of(code).getDisplayLanguage(locale))
			.collect(Collectors.joining(", "));
		return new EventView(event.slug(), event.title(), event.description(),
				TimeZones.when(event.startsAt(), event.endsAt(), zone, locale), TimeZones.name(zone, locale),
				page.t("format." + event.format().name().toLowerCase(Locale.ROOT)), event.link(), event.place(),
				event.organiser(), languages, capacity, left, capacity != null && left == 0,
				this.catalogue.isPast(event), event.takesRegistrations(),
				event.resources()
					.stream()
					.map((slug) -> this.library.find(slug, page.lang().code()).orElse(null))
					.filter(Objects::nonNull)
					.toList());
	}

}
