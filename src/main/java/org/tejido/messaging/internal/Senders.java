package org.tejido.messaging.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.tejido.messaging.Channel;

/**
 * Opens a queued message and hands it to its channel: the SMS gateway of the collective's
 * kind (Kannel or SMPP), the mail server or the member's inbox.
 */
@Component
class Senders {

	private final Sealing sealing;

	private final Map<Gateway.Kind, SmsGateway> sms = new EnumMap<>(Gateway.Kind.class);

	private final MailOut mail;

	private final Inboxes inboxes;

	Senders(Sealing sealing, List<SmsGateway> sms, MailOut mail, Inboxes inboxes) {
		this.sealing = sealing;
		sms.forEach((gateway) -> this.sms.put(gateway.kind(), gateway));
		this.mail = mail;
		this.inboxes = inboxes;
	}

	/** The message opened, or nothing when it cannot be read any more. */
	Optional<Content> open(Queued message) {
		try {
			String attachments = this.sealing.open(message.collective(), "outbound.attachments",
					message.sealedAttachments());
			return Optional
				.of(new Content(this.sealing.open(message.collective(), "outbound.address", message.sealedAddress()),
						this.sealing.open(message.collective(), "outbound.subject", message.sealedSubject()),
						this.sealing.open(message.collective(), "outbound.text", message.sealedText()),
						attachments.isEmpty() ? List.of() : List.of(attachments.split("\n"))));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The most numbers one call to this gateway takes (1 for mail, inboxes, a missing
	 * gateway and gateways that take one number a call).
	 */
	int numbersPerCall(Channel channel, Optional<Gateway> gateway) {
		SmsGateway sms = (channel == Channel.SMS) ? gateway.map((g) -> this.sms.get(g.kind())).orElse(null) : null;
		return (sms != null) ? sms.numbersPerCall() : 1;
	}

	/**
	 * Sends one text to the different numbers of a bundle in one call to the gateway, one
	 * whose {@link #numbersPerCall} is more than one; gives each message's outcome, in
	 * order.
	 */
	List<Outcome> sendBundle(UUID bundle, Gateway gateway, List<String> numbers, String text) {
		return this.sms.get(gateway.kind()).sendToMany(gateway, bundle, numbers, text);
	}

	Outcome send(Queued message, Content content, Optional<Gateway> gateway) {
		if (message.channel() == Channel.EMAIL) {
			return this.mail.send(content.address(), content.subject(), content.text(), content.attachments());
		}
		if (message.channel() == Channel.INBOX) {
			return this.inboxes.deliver(message, content.subject(), content.text(), Instant.now());
		}
		if (gateway.isEmpty()) {
			return Outcome.retry(message.ofCoalition() ? "no SMS gateway set up for the coalition's line"
					: "no SMS gateway set up for the collective");
		}
		if (!PhoneNumbers.sendable(content.address())) {
			return Outcome.refused("not a phone number");
		}
		SmsGateway sms = this.sms.get(gateway.get().kind());
		if (sms == null) {
			return Outcome.retry("no way to reach a gateway of kind " + gateway.get().kind().code());
		}
		return sms.send(gateway.get(), message.id(), content.address(), content.text());
	}

}
