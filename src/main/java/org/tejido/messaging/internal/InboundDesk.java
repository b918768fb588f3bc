package org.tejido.messaging.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.tejido.messaging.CoalitionSmsReceived;
import org.tejido.messaging.MessageReceived;
import org.tejido.messaging.MessagingSettings;

/**
 * Takes incoming SMS: keeps each one (sealed with the key of the collective whose number
 * it reached, or with the coalition's key for the coalition's line, of which a held-back
 * one keeps nothing readable; of a message to no collective's number only a keyed hash of
 * the sender), holds back floods from one number, and announces the rest as
 * {@link MessageReceived} once kept. Announcements a crash cut off are made up on the
 * next round.
 */
@Component
public class InboundDesk {

	private static final Duration LEFT_OVER_AFTER = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private final Channels channels;

	private final Sealing sealing;

	private final Announcer announcer;

	private final MessagingSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock = Clock.systemUTC();

	InboundDesk(JdbcClient jdbc, Channels channels, Sealing sealing, Announcer announcer, MessagingSettings settings,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.channels = channels;
		this.sealing = sealing;
		this.announcer = announcer;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Keeps the SMS, in a transaction of its own, and announces it unless held back. One
	 * whose gateway id is kept already (Kannel handing it over again) is left as it was:
	 * the unique gateway id refuses it, and that transaction alone is rolled back.
	 */
	public void receive(IncomingSms sms) {
		String from = PhoneNumbers.normalised(sms.from());
		String to = PhoneNumbers.normalised(sms.to());
		Instant now = this.clock.instant();
		UUID id = UUID.randomUUID();
		boolean coalition = this.channels.isCoalitionNumber(to);
		Optional<UUID> collective = coalition ? Optional.empty() : this.channels.collectiveAt(to);
		Boolean throttled;
		try {
			throttled = this.transaction
				.execute((status) -> keep(id, sms.gatewayId(), collective, coalition, from, sms.text(), now));
		}
		catch (DuplicateKeyException ex) {
			return;
		}
		if (Boolean.FALSE.equals(throttled)) {
			Object event = coalition ? new CoalitionSmsReceived(id) : new MessageReceived(id, collective.orElse(null));
			this.announcer.announce(event, () -> markAnnounced(id));
		}
	}

	/** Announces messages kept but not announced (a crash, or a failing listener). */
	public void announceLeftOver() {
		Instant before = this.clock.instant().minus(LEFT_OVER_AFTER);
		List<LeftOver> left = this.jdbc
			.sql("select id, collective_id, coalition from inbound_message"
					+ " where announced = false and received_at < ? order by received_at limit 50")
			.param(OutboundMessages.at(before))
			.query((row, n) -> new LeftOver(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
					row.getBoolean(3)))
			.list();
		left.forEach(this::announce);
	}

	private void announce(LeftOver message) {
		if (message.coalition()) {
			this.announcer.announce(new CoalitionSmsReceived(message.id()), () -> markAnnounced(message.id()));
			return;
		}
		UUID collective = message.collective();
		if (collective == null) {
			markAnnounced(message.id());
			return;
		}
		this.announcer.announce(new MessageReceived(message.id(), collective), () -> markAnnounced(message.id()));
	}

	/** Keeps the message; gives whether it was held back. */
	private boolean keep(UUID id, @Nullable String gatewayId, Optional<UUID> collective, boolean coalition, String from,
			String text, Instant now) {
		String sender = this.sealing.index("sender", from);
		boolean throttled = recentFrom(sender, now) >= this.settings.inboundPerSenderPerMinute();
		UUID owner = coalition ? Sealing.COALITION : collective.orElse(null);
		boolean readable = owner != null && !(coalition && throttled);
		this.jdbc
			.sql("insert into inbound_message (id, gateway_id, collective_id, coalition, sender_index, sealed_sender,"
					+ " sealed_text, throttled, announced, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, gatewayId, collective.orElse(null), coalition, sender,
					readable ? this.sealing.seal(owner, "inbound.sender", from) : null,
					readable ? this.sealing.seal(owner, "inbound.text", text) : null, throttled,
					throttled || owner == null, OutboundMessages.at(now))
			.update();
		return throttled;
	}

	private long recentFrom(String sender, Instant now) {
		return this.jdbc.sql("select count(*) from inbound_message where sender_index = ? and received_at > ?")
			.params(sender, OutboundMessages.at(now.minus(Duration.ofMinutes(1))))
			.query(Long.class)
			.single();
	}

	private void markAnnounced(UUID id) {
		this.jdbc.sql("update inbound_message set announced = true where id = ?").param(id).update();
	}

	private record LeftOver(UUID id, @Nullable UUID collective, boolean coalition) {
	}

}
