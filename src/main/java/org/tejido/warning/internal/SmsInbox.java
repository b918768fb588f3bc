package org.tejido.warning.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.tejido.collectives.CollectiveContacts;
import org.tejido.collectives.CollectivePeople;
import org.tejido.collectives.CollectivePeople.Person;
import org.tejido.collectives.Membership;
import org.tejido.messaging.Channel;
import org.tejido.messaging.InboundMessages;
import org.tejido.messaging.InboundMessages.InboundSms;
import org.tejido.messaging.MessageReceived;
import org.tejido.messaging.Outbox;
import org.tejido.messaging.Outgoing;
import org.tejido.site.Lang;
import org.tejido.site.Texts;
import org.tejido.territory.FieldObservations;
import org.tejido.territory.PlaceRef;
import org.tejido.territory.TerritoryPlaces;

/**
 * SMS to a collective's number from one of its members: an acknowledgement, a report, or
 * an empty text (answered with how to report). Senders who are not members of that
 * collective get no answer at all, so they learn nothing about it.
 */
@Component
class SmsInbox {

	private final InboundMessages inbound;

	private final CollectiveContacts contacts;

	private final CollectivePeople people;

	private final AlertDesk desk;

	private final Outbox outbox;

	private final Texts texts;

	private final AlertMessages messages;

	private final JdbcClient jdbc;

	private final FieldObservations observations;

	private final TerritoryPlaces places;

	SmsInbox(InboundMessages inbound, CollectiveContacts contacts, CollectivePeople people, AlertDesk desk,
			Outbox outbox, Texts texts, AlertMessages messages, JdbcClient jdbc, FieldObservations observations,
			TerritoryPlaces places) {
		this.observations = observations;
		this.places = places;
		this.messages = messages;
		this.jdbc = jdbc;
		this.inbound = inbound;
		this.contacts = contacts;
		this.people = people;
		this.desk = desk;
		this.outbox = outbox;
		this.texts = texts;
	}

	@ApplicationModuleListener
	void on(MessageReceived received) {
		UUID collective = received.collective();
		Optional<InboundSms> sms = this.inbound.find(received.id());
		if (collective == null || sms.isEmpty() || alreadyRead(received.id())) {
			return;
		}
		Optional<Membership> sender = this.contacts.reachableAt(sms.get().from())
			.stream()
			.filter((membership) -> membership.collective().equals(collective))
			.findFirst();
		sender.ifPresent((membership) -> this.people.find(collective, membership.member())
			.ifPresent((person) -> answer(sms.get(), membership, person)));
	}

	/** Marks a message read; gives whether it was read before. */
	private boolean alreadyRead(UUID message) {
		boolean read = this.jdbc.sql("select count(*) from alert_sms_read where message_id = ?")
			.param(message)
			.query(Long.class)
			.single() > 0;
		if (!read) {
			this.jdbc.sql("insert into alert_sms_read (message_id, read_at) values (?, ?)")
				.params(message, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
				.update();
		}
		return read;
	}

	private void answer(InboundSms sms, Membership membership, Person sender) {
		UUID collective = membership.collective();
		Lang lang = Lang.fromCode(sender.lang()).orElse(Lang.FALLBACK);
		Optional<String> observed = this.observations.fromSms(membership, lang.code(), sms.text());
		if (observed.isPresent()) {
			reply(sms, collective, sender, observed.get());
			return;
		}
		switch (SmsReports.read(sms.text())) {
			case SmsReports.Acknowledgement ack ->
				reply(sms, collective, sender, acknowledge(collective, sender, ack.code(), lang));
			case SmsReports.Reported report -> raise(membership, sender, report, sms, lang);
			case SmsReports.Empty empty -> reply(sms, collective, sender, this.texts.get(lang, "alerts.sms-help"));
		}
	}

	private void reply(InboundSms sms, UUID collective, Person sender, String text) {
		this.outbox.queue(List.of(new Outgoing("sms:" + sms.id() + ":reply", collective, sender.member(), Channel.SMS,
				sms.from(), null, text)));
	}

	private String acknowledge(UUID collective, Person sender, String code, Lang lang) {
		Optional<Alert> alert = this.desk.byCode(collective, code);
		if (alert.isEmpty()) {
			return this.texts.get(lang, "alerts.sms-unknown-code", code);
		}
		if (!alert.get().isOpen()) {
			return this.texts.get(lang, "alerts.closed", code);
		}
		this.desk.acknowledge(collective, alert.get().id(), sender.member(), "sms");
		return this.texts.get(lang, "alerts.sms-acknowledged", code);
	}

	/**
	 * Raises the alert, confirming it to the reporter (in the collective's own "confirm"
	 * wording) before anyone else is told. A place of the territory the reporter named
	 * becomes the alert's place; its position is not added, since the words alone were
	 * what the reporter chose to send.
	 */
	private void raise(Membership reporter, Person sender, SmsReports.Reported report, InboundSms sms, Lang lang) {
		UUID collective = reporter.collective();
		String place = this.places.mentionedIn(reporter, report.text()).map(PlaceRef::name).orElse("");
		this.desk.raiseAlert(collective, new Report(report.category(), report.severity(), Source.SMS, place, "",
				sms.receivedAt().isAfter(Instant.now()) ? Instant.now() : sms.receivedAt(), truncated(report.text())),
				sender.member(), (alert) -> confirm(alert, sms, sender,
						this.messages.text(alert, this.desk.sealing(collective), lang.code(), "confirm", "")));
	}

	/** The confirmation, keyed to the alert so that its page lists it with the rest. */
	private void confirm(Alert alert, InboundSms sms, Person sender, String text) {
		this.outbox
			.queue(List.of(new Outgoing("alert:" + alert.id() + ":confirm:member:" + sender.member() + ":sms:reply",
					alert.collectiveId(), sender.member(), Channel.SMS, sms.from(), null, text)));
	}

	private static String truncated(String text) {
		return (text.length() > Report.MAX_TEXT) ? text.substring(0, Report.MAX_TEXT) : text;
	}

}
