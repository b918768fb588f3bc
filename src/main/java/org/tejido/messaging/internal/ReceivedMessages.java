package org.tejido.messaging.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.messaging.InboundMessages;

/**
 * Opens received SMS for the module that handles them. Messages to numbers that are no
 * collective's were never kept readable, and are not found.
 */
@Component
class ReceivedMessages implements InboundMessages {

	private final JdbcClient jdbc;

	private final Sealing sealing;

	private final Channels channels;

	ReceivedMessages(JdbcClient jdbc, Sealing sealing, Channels channels) {
		this.jdbc = jdbc;
		this.sealing = sealing;
		this.channels = channels;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<InboundSms> find(UUID id) {
		return this.jdbc
			.sql("select collective_id, sealed_sender, sealed_text, received_at from inbound_message"
					+ " where id = ? and collective_id is not null and throttled = false")
			.param(id)
			.query((row, n) -> {
				UUID collective = row.getObject(1, UUID.class);
				return new InboundSms(id, collective, this.sealing.open(collective, "inbound.sender", row.getBytes(2)),
						this.channels.gateway(collective).map(Gateway::number).orElse(""),
						this.sealing.open(collective, "inbound.text", row.getBytes(3)),
						row.getObject(4, OffsetDateTime.class).toInstant());
			})
			.optional();
	}

}
