package org.tejido.messaging.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Membership;
import org.tejido.messaging.DeliveryStatus;

/**
 * Members' in-app inboxes. A message is kept once per outbox message, so delivering it
 * again after a crash changes nothing.
 */
@Component
public class Inboxes {

	static final int SHOWN = 50;

	private final JdbcClient jdbc;

	private final Sealing sealing;

	Inboxes(JdbcClient jdbc, Sealing sealing) {
		this.jdbc = jdbc;
		this.sealing = sealing;
	}

	/** The latest messages of the member looking, newest first. */
	@Transactional(readOnly = true)
	public List<InboxMessage> of(Membership membership) {
		UUID collective = membership.collective();
		return this.jdbc
			.sql("select sealed_subject, sealed_text, delivered_at from inbox_message"
					+ " where collective_id = ? and member_id = ? order by delivered_at desc limit " + SHOWN)
			.params(collective, membership.member())
			.query((row, n) -> new InboxMessage(this.sealing.open(collective, "inbox.subject", row.getBytes(1)),
					this.sealing.open(collective, "inbox.text", row.getBytes(2)),
					row.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * Keeps the message for its member, once; refuses it when the member is not one of
	 * the collective's.
	 */
	Outcome deliver(Queued message, @Nullable String subject, String text, Instant now) {
		UUID member = message.recipient();
		if (member == null) {
			return Outcome.refused("no member to deliver to");
		}
		if (keptAlready(message.id()) || keep(message, member, subject, text, now)) {
			return Outcome.taken(DeliveryStatus.DELIVERED, "kept in the member's inbox");
		}
		return Outcome.refused("no such member in the collective");
	}

	private boolean keptAlready(UUID outbound) {
		return this.jdbc.sql("select count(*) from inbox_message where outbound_id = ?")
			.param(outbound)
			.query(Long.class)
			.single() > 0;
	}

	private boolean keep(Queued message, UUID member, @Nullable String subject, String text, Instant now) {
		UUID collective = message.collective();
		boolean belongs = this.jdbc.sql("select count(*) from collective_member where id = ? and collective_id = ?")
			.params(member, collective)
			.query(Long.class)
			.single() > 0;
		if (belongs) {
			this.jdbc
				.sql("insert into inbox_message (id, collective_id, member_id, outbound_id, sealed_subject,"
						+ " sealed_text, delivered_at) values (?, ?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), collective, member, message.id(),
						this.sealing.sealOrNull(collective, "inbox.subject", subject),
						this.sealing.seal(collective, "inbox.text", text), OutboundMessages.at(now))
				.update();
		}
		return belongs;
	}

}
