package org.tejido.messaging.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.tejido.messaging.Channel;

/**
 * Opens a queued message and hands it to its channel: the SMS gateway, the mail server or
 * the member's inbox.
 */
@Component
class Senders {

	private final Sealing sealing;

	private final SmsGateway sms;

	private final MailOut mail;

	private final Inboxes inboxes;

	Senders(Sealing sealing, SmsGateway sms, MailOut mail, Inboxes inboxes) {
		this.sealing = sealing;
		this.sms = sms;
		this.mail = mail;
		this.inboxes = inboxes;
	}

	/** The message opened, or nothing when it cannot be read any more. */
	Optional<Content> open(Queued message) {
		try {
			return Optional
				.of(new Content(this.sealing.open(message.collective(), "outbound.address", message.sealedAddress()),
						this.sealing.open(message.collective(), "outbound.subject", message.sealedSubject()),
						this.sealing.open(message.collective(), "outbound.text", message.sealedText())));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	Outcome send(Queued message, Content content, Optional<Gateway> gateway) {
		if (message.channel() == Channel.EMAIL) {
			return this.mail.send(content.address(), content.subject(), content.text());
		}
		if (message.channel() == Channel.INBOX) {
			return this.inboxes.deliver(message, content.subject(), content.text(), Instant.now());
		}
		if (gateway.isEmpty()) {
			return Outcome.retry("no SMS gateway set up for the collective");
		}
		if (!PhoneNumbers.acceptable(content.address())) {
			return Outcome.refused("not a phone number");
		}
		return this.sms.send(gateway.get(), message.id(), content.address(), content.text());
	}

}
