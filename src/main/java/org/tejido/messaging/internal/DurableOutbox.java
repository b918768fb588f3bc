package org.tejido.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.messaging.Channel;
import org.tejido.messaging.Delivery;
import org.tejido.messaging.DeliveryStatus;
import org.tejido.messaging.Outbox;
import org.tejido.messaging.Outgoing;

/**
 * The outbox kept in the database: messages are written, sealed, in the caller's
 * transaction and sent later by the {@link Dispatcher}.
 */
@Service
class DurableOutbox implements Outbox {

	static final int MAX_KEY_LENGTH = 200;

	/**
	 * Messages written in one batch: a 10,000-person tier is 20 round trips, not 30,000.
	 */
	private static final int CHUNK = 500;

	private final OutboundMessages messages;

	private final Sealing sealing;

	private final Clock clock;

	private final DispatchWake wake;

	DurableOutbox(OutboundMessages messages, Sealing sealing, DispatchWake wake) {
		this.messages = messages;
		this.sealing = sealing;
		this.wake = wake;
		this.clock = Clock.systemUTC();
	}

	@Override
	@Transactional
	public int queue(List<Outgoing> messages) {
		messages.forEach(DurableOutbox::check);
		Instant now = this.clock.instant();
		int queued = 0;
		for (int from = 0; from < messages.size(); from += CHUNK) {
			queued += queueChunk(messages.subList(from, Math.min(from + CHUNK, messages.size())), now);
		}
		if (queued > 0) {
			// due now: the dispatcher need not wait for its next round
			this.wake.afterCommit();
		}
		return queued;
	}

	/** Queues the messages whose keys are new, the first of each key, in one batch. */
	private int queueChunk(List<Outgoing> chunk, Instant now) {
		Map<String, Outgoing> byKey = new LinkedHashMap<>();
		chunk.forEach((message) -> byKey.putIfAbsent(message.key(), message));
		this.messages.taken(byKey.keySet()).forEach(byKey::remove);
		return this.messages.insert(byKey.values().stream().map(this::row).toList(), now);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Delivery> deliveries(String keyPrefix) {
		return this.messages.deliveries(keyPrefix);
	}

	private Queued row(Outgoing message) {
		UUID collective = (message.collective() != null) ? message.collective() : Sealing.COALITION;
		return new Queued(UUID.randomUUID(), message.key(), collective, recipient(message), message.channel(),
				this.sealing.seal(collective, "outbound.address", address(message)),
				this.sealing.sealOrNull(collective, "outbound.subject", message.subject()),
				this.sealing.seal(collective, "outbound.text", message.text()),
				this.sealing.sealOrNull(collective, "outbound.attachments", String.join("\n", message.attachments())),
				DeliveryStatus.QUEUED, 0, 0);
	}

	private static String address(Outgoing message) {
		return (message.channel() == Channel.SMS) ? PhoneNumbers.comparable(message.address())
				: message.address().strip();
	}

	private static @Nullable UUID recipient(Outgoing message) {
		if (message.channel() == Channel.INBOX && message.recipient() == null) {
			return UUID.fromString(message.address().strip());
		}
		return message.recipient();
	}

	private static void check(Outgoing message) {
		if (message.key().isBlank() || message.key().length() > MAX_KEY_LENGTH) {
			throw new IllegalArgumentException("A message key must have 1 to " + MAX_KEY_LENGTH + " characters");
		}
		if (message.channel() == Channel.INBOX) {
			if (message.collective() == null) {
				throw new IllegalArgumentException("An inbox message belongs to a collective");
			}
			recipient(message);
		}
	}

}
