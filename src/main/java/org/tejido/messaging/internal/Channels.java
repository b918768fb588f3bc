package org.tejido.messaging.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Membership;

/**
 * The collectives' SMS gateways, sealed with each collective's key; the collective's
 * number is also kept as a keyed hash, by which incoming SMS find it.
 */
@Component
public class Channels {

	private final JdbcClient jdbc;

	private final Sealing sealing;

	Channels(JdbcClient jdbc, Sealing sealing) {
		this.jdbc = jdbc;
		this.sealing = sealing;
	}

	/** The gateway a collective sends through, if it set one up. */
	@Transactional(readOnly = true)
	public Optional<Gateway> gateway(UUID collective) {
		return this.jdbc.sql("select * from messaging_channel where collective_id = ?")
			.param(collective)
			.query((row, n) -> new Gateway(open(collective, "url", row.getBytes("sealed_sendsms_url")),
					open(collective, "username", row.getBytes("sealed_username")),
					open(collective, "password", row.getBytes("sealed_password")),
					open(collective, "number", row.getBytes("sealed_number")), row.getInt("messages_per_second")))
			.optional();
	}

	@Transactional(readOnly = true)
	public ChannelView view(Membership membership) {
		return gateway(membership.collective())
			.map((gateway) -> new ChannelView(gateway.sendsmsUrl(), gateway.username(), gateway.number(),
					String.valueOf(gateway.messagesPerSecond()), true))
			.orElseGet(ChannelView::none);
	}

	/**
	 * Sets up or changes a collective's gateway; gives what is wrong with the form, or
	 * nothing when it was saved.
	 */
	@Transactional
	public List<String> save(Membership membership, ChannelForm form) {
		UUID collective = membership.collective();
		Optional<Gateway> current = gateway(collective);
		List<String> problems = new java.util.ArrayList<>(form.problems(current.isPresent()));
		String number = PhoneNumbers.normalised(form.number());
		String index = this.sealing.index("number", number);
		if (problems.isEmpty() && collectiveIndexed(index).filter((other) -> !other.equals(collective)).isPresent()) {
			problems.add("messaging.number-taken");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		String password = form.password().isEmpty() ? current.orElseThrow().password() : form.password();
		this.jdbc.sql("delete from messaging_channel where collective_id = ?").param(collective).update();
		this.jdbc
			.sql("insert into messaging_channel (collective_id, sealed_sendsms_url, sealed_username,"
					+ " sealed_password, sealed_number, number_index, messages_per_second, updated_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(collective, seal(collective, "url", form.sendsmsUrl().strip()),
					seal(collective, "username", form.username().strip()), seal(collective, "password", password),
					seal(collective, "number", number), index, form.perSecond(), OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return List.of();
	}

	/** The collective whose own number this is, if any. */
	@Transactional(readOnly = true)
	public Optional<UUID> collectiveAt(String number) {
		return collectiveIndexed(this.sealing.index("number", PhoneNumbers.normalised(number)));
	}

	private Optional<UUID> collectiveIndexed(String index) {
		return this.jdbc.sql("select collective_id from messaging_channel where number_index = ?")
			.param(index)
			.query(UUID.class)
			.optional();
	}

	private byte[] seal(UUID collective, String field, String value) {
		return this.sealing.seal(collective, "channel." + field, value);
	}

	private String open(UUID collective, String field, byte[] sealed) {
		return this.sealing.open(collective, "channel." + field, sealed);
	}

}
