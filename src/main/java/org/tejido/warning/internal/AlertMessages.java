package org.tejido.warning.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.Sealed;
import org.tejido.collectives.CollectivePeople.Person;
import org.tejido.messaging.Channel;
import org.tejido.messaging.Outgoing;
import org.tejido.site.Lang;
import org.tejido.site.Texts;

/**
 * Writes an alert's messages for each person in their language, from the collective's
 * templates, and for each channel they can be reached by.
 */
@Component
class AlertMessages {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final Templates templates;

	private final Texts texts;

	private final CollectiveKeys keys;

	private final String siteUrl;

	AlertMessages(Templates templates, Texts texts, CollectiveKeys keys,
			@Value("${tejido.site-url:http://localhost:8080}") String siteUrl) {
		this.templates = templates;
		this.texts = texts;
		this.keys = keys;
		this.siteUrl = siteUrl;
	}

	/**
	 * Messages of one kind ({@code alert}, {@code update}, {@code closed}) to people, by
	 * the channels given; {@code keyPrefix} makes each key unique per alert and step.
	 */
	List<Outgoing> to(List<Person> people, List<Channel> channels, Alert alert, Sealed sealing, String kind,
			String keyPrefix, String extra) {
		List<Outgoing> messages = new ArrayList<>();
		Map<String, String> byLanguage = new java.util.HashMap<>();
		for (Person person : people) {
			String text = byLanguage.computeIfAbsent(person.lang(), (lang) -> text(alert, sealing, lang, kind, extra));
			for (Channel channel : channels) {
				String address = address(person, channel);
				if (!address.isEmpty()) {
					String key = keyPrefix + ":member:" + person.member() + ":" + channel.code();
					String body = (channel == Channel.SMS) ? text : text + "\n\n" + ackLink(alert, person);
					messages.add(new Outgoing(key, alert.collectiveId(), person.member(), channel, address,
							subject(alert, person.lang()), body));
				}
			}
		}
		return messages;
	}

	String text(Alert alert, Sealed sealing, String lang, String kind, String extra) {
		Lang language = Lang.fromCode(lang).orElse(Lang.FALLBACK);
		String place = alert.place(sealing);
		Templates.Template template = this.templates.of(alert.collectiveId(), language.code(), kind);
		String filled = Templates.fill(template.text(),
				Map.of("code", alert.code(), "category",
						this.texts.get(language, "alerts.category." + alert.category().code()), "severity",
						this.texts.get(language, "alerts.severity." + alert.severity().code()), "place",
						place.isEmpty() ? this.texts.get(language, "alerts.place-unknown") : place, "time",
						TIME.format(alert.occurredAt())));
		String written = ReportText.fill(filled, alert.text(sealing), template.maxParts());
		return extra.isEmpty() ? written : written + " " + extra;
	}

	String ackLink(Alert alert, Person person) {
		Lang language = Lang.fromCode(person.lang()).orElse(Lang.FALLBACK);
		return this.texts.get(language, "alerts.ack-by-link") + " " + this.siteUrl + "/" + language.code() + "/ack/"
				+ alert.id() + "/" + person.member() + "/" + ackToken(alert, person.member());
	}

	String ackToken(Alert alert, java.util.UUID member) {
		return this.keys.blindIndex("ack:" + alert.id() + ":" + member).substring(0, 32);
	}

	private String subject(Alert alert, String lang) {
		return this.texts.get(Lang.fromCode(lang).orElse(Lang.FALLBACK), "alerts.subject", alert.code());
	}

	private static String address(Person person, Channel channel) {
		return switch (channel) {
			case SMS -> person.phone();
			case EMAIL -> person.email();
			case INBOX -> person.member().toString();
		};
	}

}
