package org.tejido.messaging.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.tejido.messaging.Channel;
import org.tejido.messaging.Delivery;
import org.tejido.messaging.DeliveryStatus;

/**
 * The outbox table. Every change of status is a conditional update that also moves the
 * row's version on, so that two dispatchers, or a dispatcher and a delivery report, never
 * both win.
 */
@Component
class OutboundMessages {

	private static final String COLUMNS = "id, message_key, collective_id, recipient_id, channel, sealed_address,"
			+ " sealed_subject, sealed_text, status, attempts, version";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	OutboundMessages(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	boolean exists(String key) {
		return this.jdbc.sql("select count(*) from outbound_message where message_key = ?")
			.param(key)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Inserts the row unless its key is taken meanwhile; runs inside the caller's
	 * transaction, which a duplicate key must not spoil (PostgreSQL aborts a transaction
	 * on any error), hence the savepoint.
	 */
	boolean insert(Queued row, Instant now) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
			try {
				insertRow(row, now);
				return true;
			}
			catch (DuplicateKeyException ex) {
				if (savepoint != null) {
					connection.rollback(savepoint);
				}
				return false;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not queue a message", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private void insertRow(Queued row, Instant now) {
		this.jdbc
			.sql("insert into outbound_message (" + COLUMNS + ", next_attempt_at, created_at, updated_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(row.id(), row.key(), row.collective(), row.recipient(), row.channel().name(), row.sealedAddress(),
					row.sealedSubject(), row.sealedText(), row.status().name(), row.attempts(), row.version(), at(now),
					at(now), at(now))
			.update();
	}

	/** Messages whose time has come, oldest first, leaving out the paused collectives. */
	List<Queued> due(Instant now, Collection<UUID> paused, int limit) {
		String pausing = paused.isEmpty() ? ""
				: " and collective_id not in (" + String.join(",", paused.stream().map((id) -> "?").toList()) + ")";
		List<Object> params = new java.util.ArrayList<>(List.of(at(now)));
		params.addAll(paused);
		return this.jdbc
			.sql("select " + COLUMNS + " from outbound_message where status in ('QUEUED', 'SENDING')"
					+ " and next_attempt_at <= ?" + pausing + " order by next_attempt_at, created_at limit " + limit)
			.params(params)
			.query(OutboundMessages::queued)
			.list();
	}

	/**
	 * Marks a message as being sent, committed before it goes, and gives the moment to
	 * look again if no word of it comes; false when someone else took it first.
	 */
	boolean claim(Queued row, Instant now, Instant lookAgainAt) {
		return this.jdbc
			.sql("update outbound_message set status = 'SENDING', attempts = attempts + 1,"
					+ " sending_since = ?, next_attempt_at = ?, updated_at = ?, version = version + 1"
					+ " where id = ? and version = ?")
			.params(at(now), at(lookAgainAt), at(now), row.id(), row.version())
			.update() == 1;
	}

	/** Moves a message on from one of the given statuses; false when it was elsewhere. */
	boolean move(UUID id, Collection<DeliveryStatus> from, DeliveryStatus to, @Nullable String answer,
			@Nullable Instant nextAttempt, Instant now) {
		String answering = (answer != null) ? ", gateway_answer = ?" : "";
		String scheduling = (nextAttempt != null) ? ", next_attempt_at = ?" : "";
		List<Object> params = new java.util.ArrayList<>();
		params.add(to.name());
		if (answer != null) {
			params.add(answer);
		}
		if (nextAttempt != null) {
			params.add(at(nextAttempt));
		}
		params.add(at(now));
		params.add(id);
		from.forEach((status) -> params.add(status.name()));
		return this.jdbc
			.sql("update outbound_message set status = ?" + answering + scheduling
					+ ", updated_at = ?, version = version + 1 where id = ? and status in ("
					+ String.join(",", from.stream().map((status) -> "?").toList()) + ")")
			.params(params)
			.update() == 1;
	}

	void answer(UUID id, String answer) {
		this.jdbc.sql("update outbound_message set gateway_answer = ? where id = ?").params(answer, id).update();
	}

	@Nullable String keyOf(UUID id) {
		return this.jdbc.sql("select message_key from outbound_message where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	List<Delivery> deliveries(String keyPrefix) {
		String pattern = keyPrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
		return this.jdbc
			.sql("select message_key, channel, status, attempts, gateway_answer, updated_at from outbound_message"
					+ " where message_key like ? escape '!' order by created_at, message_key")
			.param(pattern)
			.query((row, n) -> new Delivery(row.getString("message_key"), Channel.valueOf(row.getString("channel")),
					DeliveryStatus.valueOf(row.getString("status")), row.getInt("attempts"),
					row.getString("gateway_answer"), row.getObject("updated_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private static Queued queued(ResultSet row, int n) throws SQLException {
		return new Queued(row.getObject("id", UUID.class), row.getString("message_key"),
				row.getObject("collective_id", UUID.class), row.getObject("recipient_id", UUID.class),
				Channel.valueOf(row.getString("channel")), row.getBytes("sealed_address"),
				row.getBytes("sealed_subject"), row.getBytes("sealed_text"),
				DeliveryStatus.valueOf(row.getString("status")), row.getInt("attempts"), row.getLong("version"));
	}

	static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
