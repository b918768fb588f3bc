package org.tejido.training.internal;

import java.net.URI;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Events as iCalendar (RFC 5545), for any calendar app: one event, or a feed of all
 * upcoming. Times are written in UTC, so every app shows them in its own time zone.
 */
@Component
public class EventCalendar {

	private final String siteUrl;

	EventCalendar(@Value("${tejido.site-url:http://localhost:8080}") String siteUrl) {
		this.siteUrl = siteUrl;
	}

	public String of(List<TrainingEvent> events, String lang) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Tejido//Trainings and webinars//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		events.forEach((event) -> calendar.add(component(event, lang)));
		return calendar.toString();
	}

	private VEvent component(TrainingEvent event, String lang) {
		VEvent component = new VEvent(event.startsAt(), event.endsAt(), event.title());
		component.add(new Uid(event.id() + "@tejido"));
		if (!event.description().isBlank()) {
			component.add(new Description(event.description()));
		}
		String where = (event.place() != null) ? event.place() : event.link();
		if (where != null) {
			component.add(new Location(where));
		}
		component.add(new Url(URI.create(this.siteUrl + "/" + lang + "/events/" + event.slug())));
		return component;
	}

}
