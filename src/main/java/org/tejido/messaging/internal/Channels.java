package org.tejido.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Membership;
import org.tejido.messaging.CoalitionLineSettings;

/**
 * The collectives' SMS gateways (Kannel or an SMS centre over SMPP), sealed with each
 * collective's key; the collective's number is also kept as a keyed hash, by which
 * incoming SMS find it.
 */
@Component
public class Channels {

	private final JdbcClient jdbc;

	private final Sealing sealing;

	private final CoalitionLineSettings coalition;

	Channels(JdbcClient jdbc, Sealing sealing, CoalitionLineSettings coalition) {
		this.jdbc = jdbc;
		this.sealing = sealing;
		this.coalition = coalition;
	}

	/**
	 * The gateway a collective sends through, if it set one up; for
	 * {@link Sealing#COALITION}, the coalition line's from the settings.
	 */
	@Transactional(readOnly = true)
	public Optional<Gateway> gateway(UUID collective) {
		if (Sealing.COALITION.equals(collective)) {
			return coalitionGateway();
		}
		return this.jdbc.sql("select * from messaging_channel where collective_id = ?")
			.param(collective)
			.query((row, n) -> gateway(row))
			.optional();
	}

	/**
	 * Every collective's gateway of a kind; those whose collective's key is gone are left
	 * out.
	 */
	@Transactional(readOnly = true)
	public List<Gateway> gateways(Gateway.Kind kind) {
		return this.jdbc.sql("select * from messaging_channel where kind = ?").param(kind.name()).query((row, n) -> {
			try {
				return Optional.of(gateway(row));
			}
			catch (RuntimeException ex) {
				return Optional.<Gateway>empty();
			}
		}).list().stream().flatMap(Optional::stream).toList();
	}

	@Transactional(readOnly = true)
	public ChannelView view(Membership membership) {
		return gateway(membership.collective()).map((gateway) -> {
			boolean smpp = gateway.kind() == Gateway.Kind.SMPP;
			return new ChannelView(gateway.kind().code(), gateway.sendsmsUrl(), smpp ? "" : gateway.username(),
					gateway.host(), smpp ? String.valueOf(gateway.port()) : "", smpp ? gateway.username() : "",
					gateway.systemType(), gateway.number(), String.valueOf(gateway.messagesPerSecond()), true);
		}).orElseGet(ChannelView::none);
	}

	/**
	 * Sets up or changes a collective's gateway; gives what is wrong with the form, or
	 * nothing when it was saved.
	 */
	@Transactional
	public List<String> save(Membership membership, ChannelForm form) {
		UUID collective = membership.collective();
		Optional<Gateway> current = gateway(collective);
		List<String> problems = new java.util.ArrayList<>(form.problems(current.map(Gateway::kind).orElse(null)));
		String number = PhoneNumbers.normalised(form.number());
		String index = this.sealing.index("number", number);
		boolean coalitions = this.coalition.isOn() && isCoalitionNumber(number);
		if (problems.isEmpty()
				&& (coalitions || collectiveIndexed(index).filter((other) -> !other.equals(collective)).isPresent())) {
			problems.add("messaging.number-taken");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		String password = form.password().isEmpty() ? current.orElseThrow().password() : form.password();
		boolean smpp = form.gatewayKind() == Gateway.Kind.SMPP;
		this.jdbc.sql("delete from messaging_channel where collective_id = ?").param(collective).update();
		this.jdbc
			.sql("insert into messaging_channel (collective_id, kind, sealed_sendsms_url, sealed_host, smpp_port,"
					+ " sealed_username, sealed_password, sealed_system_type, sealed_number, number_index,"
					+ " messages_per_second, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(collective, smpp ? "SMPP" : "KANNEL",
					smpp ? null : seal(collective, "url", form.sendsmsUrl().strip()),
					smpp ? seal(collective, "host", form.host().strip()) : null, smpp ? form.portNumber() : null,
					seal(collective, "username", smpp ? form.systemId().strip() : form.username().strip()),
					seal(collective, "password", password),
					smpp ? this.sealing.sealOrNull(collective, "channel.system-type", form.systemType().strip()) : null,
					seal(collective, "number", number), index, form.perSecond(), OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return List.of();
	}

	private Gateway gateway(ResultSet row) throws SQLException {
		UUID collective = row.getObject("collective_id", UUID.class);
		Gateway.Kind kind = Gateway.Kind.valueOf(row.getString("kind"));
		return new Gateway(collective, kind, open(collective, "url", row.getBytes("sealed_sendsms_url")),
				open(collective, "host", row.getBytes("sealed_host")), row.getInt("smpp_port"),
				open(collective, "username", row.getBytes("sealed_username")),
				open(collective, "password", row.getBytes("sealed_password")),
				open(collective, "system-type", row.getBytes("sealed_system_type")),
				open(collective, "number", row.getBytes("sealed_number")), row.getInt("messages_per_second"));
	}

	/** The coalition line's gateway, if it is set up. */
	public Optional<Gateway> coalitionGateway() {
		if (!this.coalition.isOn()) {
			return Optional.empty();
		}
		return Optional.of(new Gateway(Sealing.COALITION, Gateway.Kind.KANNEL, this.coalition.sendsmsUrl().strip(), "",
				0, this.coalition.username(), this.coalition.password(), "",
				PhoneNumbers.normalised(this.coalition.number()), Math.max(1, this.coalition.messagesPerSecond())));
	}

	/** Whether a number is the coalition line's. */
	public boolean isCoalitionNumber(String number) {
		return this.coalition.isOn()
				&& PhoneNumbers.normalised(this.coalition.number()).equals(PhoneNumbers.normalised(number));
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

	private String open(UUID collective, String field, byte @Nullable [] sealed) {
		return this.sealing.open(collective, "channel." + field, sealed);
	}

}
