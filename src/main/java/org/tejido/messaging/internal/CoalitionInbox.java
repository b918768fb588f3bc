package org.tejido.messaging.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.messaging.CoalitionLine;
import org.tejido.messaging.CoalitionLineSettings;

/**
 * The coalition line's received SMS and short memory, sealed with the coalition's key.
 * What it keeps is swept away within minutes: the texts once answered, the rows (a keyed
 * hash of the sender, for the flood limit) and the sent messages after
 * {@link CoalitionLineSettings#keptFor()}, the memory of a search when it expires.
 */
@Component
class CoalitionInbox implements CoalitionLine {

	private final JdbcClient jdbc;

	private final Sealing sealing;

	private final CoalitionLineSettings settings;

	private static final Duration SWEEP_EVERY = Duration.ofSeconds(30);

	private final Clock clock = Clock.systemUTC();

	private volatile Instant swept = Instant.EPOCH;

	CoalitionInbox(JdbcClient jdbc, Sealing sealing, CoalitionLineSettings settings) {
		this.jdbc = jdbc;
		this.sealing = sealing;
		this.settings = settings;
	}

	@Override
	public boolean isOn() {
		return this.settings.isOn();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Received> read(UUID id) {
		return this.jdbc
			.sql("select sealed_sender, sealed_text from inbound_message where id = ? and coalition = true"
					+ " and throttled = false and sealed_sender is not null")
			.param(id)
			.query((row, n) -> new Received(id, this.sealing.open(Sealing.COALITION, "inbound.sender", row.getBytes(1)),
					this.sealing.open(Sealing.COALITION, "inbound.text", row.getBytes(2))))
			.optional();
	}

	@Override
	@Transactional
	public void forget(UUID id) {
		this.jdbc.sql(
				"update inbound_message set sealed_sender = null, sealed_text = null where id = ? and coalition = true")
			.param(id)
			.update();
	}

	@Override
	@Transactional
	public void remember(String phone, String state, Duration keptFor) {
		String sender = index(phone);
		this.jdbc.sql("delete from coalition_conversation where sender_index = ?").param(sender).update();
		this.jdbc.sql("insert into coalition_conversation (sender_index, sealed_state, expires_at) values (?, ?, ?)")
			.params(sender, this.sealing.seal(Sealing.COALITION, "conversation", state),
					OutboundMessages.at(this.clock.instant().plus(keptFor)))
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> recall(String phone) {
		return this.jdbc
			.sql("select sealed_state from coalition_conversation where sender_index = ? and expires_at > ?")
			.params(index(phone), OutboundMessages.at(this.clock.instant()))
			.query((row, n) -> this.sealing.open(Sealing.COALITION, "conversation", row.getBytes(1)))
			.optional();
	}

	/** Deletes what the line no longer needs. */
	@Transactional
	void sweep() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.swept.plus(SWEEP_EVERY))) {
			return;
		}
		this.swept = now;
		Instant before = now.minus(this.settings.keptFor());
		this.jdbc.sql("delete from coalition_conversation where expires_at <= ?")
			.param(OutboundMessages.at(now))
			.update();
		this.jdbc.sql("delete from inbound_message where coalition = true and announced = true and received_at < ?")
			.param(OutboundMessages.at(before))
			.update();
		this.jdbc
			.sql("delete from outbound_message where collective_id is null and id in (select id from outbound_state"
					+ " where status in ('DELIVERED', 'FAILED') and updated_at < ?)")
			.param(OutboundMessages.at(before))
			.update();
	}

	private String index(String phone) {
		return this.sealing.index("sender", PhoneNumbers.normalised(phone));
	}

}
