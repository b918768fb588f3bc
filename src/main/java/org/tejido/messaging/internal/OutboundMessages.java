package org.tejido.messaging.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.tejido.messaging.Channel;
import org.tejido.messaging.Delivery;
import org.tejido.messaging.DeliveryStatus;

/**
 * The outbox tables: {@code outbound_message} holds each message as it was queued,
 * written once; {@code outbound_state} where it stands, in a narrow row of its own, since
 * that changes several times. Every change of status is a conditional update that also
 * moves the row's version on, so that two dispatchers, or a dispatcher and a delivery
 * report, never both win.
 */
@Component
class OutboundMessages {

	private static final String COLUMNS = "m.id, m.message_key, m.collective_id, m.recipient_id, m.channel,"
			+ " m.sealed_address, m.sealed_subject, m.sealed_text, m.sealed_attachments, s.status, s.attempts, s.version";

	/** Each message with where it stands: {@code m} the message, {@code s} its state. */
	static final String WITH_STATE = "outbound_message m join outbound_state s on s.id = m.id";

	private static final String INSERT_MESSAGE = "insert into outbound_message (id, message_key, collective_id,"
			+ " recipient_id, channel, sealed_address, sealed_subject, sealed_text, sealed_attachments)"
			+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_STATE = "insert into outbound_state (id, status, attempts, version,"
			+ " next_attempt_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final DataSource dataSource;

	OutboundMessages(JdbcClient jdbc, JdbcTemplate jdbcTemplate, DataSource dataSource) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.dataSource = dataSource;
	}

	/** Which of these keys are queued already. */
	Set<String> taken(Collection<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc
			.sql("select message_key from outbound_message where message_key in ("
					+ String.join(",", keys.stream().map((key) -> "?").toList()) + ")")
			.params(List.copyOf(keys))
			.query(String.class)
			.list());
	}

	/**
	 * Inserts the rows in one batch, in their order; runs inside the caller's
	 * transaction, which a key taken meanwhile by someone else must not spoil (PostgreSQL
	 * aborts a transaction on any error), hence the savepoint: then the batch is undone
	 * and the rows go in one by one, each but the taken ones. Gives how many went in.
	 */
	int insert(List<Queued> rows, Instant now) {
		if (rows.isEmpty()) {
			return 0;
		}
		try {
			return inSavepoint(() -> {
				this.jdbcTemplate.batchUpdate(INSERT_MESSAGE, rows.stream().map(OutboundMessages::message).toList());
				this.jdbcTemplate.batchUpdate(INSERT_STATE, rows.stream().map((row) -> state(row, now)).toList());
				return rows.size();
			}).orElseGet(() -> (int) rows.stream().filter((row) -> insertOne(row, now)).count());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not queue messages", ex);
		}
	}

	private boolean insertOne(Queued row, Instant now) {
		try {
			return inSavepoint(() -> this.jdbcTemplate.update(INSERT_MESSAGE, message(row)) == 1
					&& this.jdbcTemplate.update(INSERT_STATE, state(row, now)) == 1)
				.orElse(false);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not queue a message", ex);
		}
	}

	/** Runs the insert; nothing, with its changes undone, when a key was taken. */
	private <T> Optional<T> inSavepoint(java.util.function.Supplier<T> insert) throws SQLException {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
			try {
				return Optional.of(insert.get());
			}
			catch (DuplicateKeyException ex) {
				if (savepoint != null) {
					connection.rollback(savepoint);
				}
				return Optional.empty();
			}
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private static Object[] message(Queued row) {
		return new Object[] { row.id(), row.key(), row.ofCoalition() ? null : row.collective(), row.recipient(),
				row.channel().name(), row.sealedAddress(), row.sealedSubject(), row.sealedText(),
				row.sealedAttachments() };
	}

	private static Object[] state(Queued row, Instant now) {
		return new Object[] { row.id(), row.status().name(), row.attempts(), row.version(),
				at(row.key().endsWith(REPLY) ? now.minus(REPLY_AHEAD) : now), at(now), at(now) };
	}

	/**
	 * Replies to the person who wrote (an alert's confirmation) come before what was
	 * queued with them: they are due a millisecond earlier.
	 */
	static final String REPLY = ":reply";

	private static final Duration REPLY_AHEAD = Duration.ofMillis(1);

	/**
	 * Messages whose time has come, oldest first, leaving out the paused collectives.
	 * Each status is read on its own, in the order of the index on status and due time,
	 * so that a fan-out of thousands queued reads the next few rows instead of sorting
	 * them all.
	 */
	List<Queued> due(Instant now, Collection<UUID> paused, int limit) {
		List<UUID> collectives = paused.stream().filter((id) -> !Sealing.COALITION.equals(id)).toList();
		String pausing = collectives.isEmpty() ? "" : " and (m.collective_id is null or m.collective_id not in ("
				+ String.join(",", collectives.stream().map((id) -> "?").toList()) + "))";
		if (paused.contains(Sealing.COALITION)) {
			pausing += " and m.collective_id is not null";
		}
		String oneStatus = "select " + COLUMNS + ", s.next_attempt_at, s.created_at from " + WITH_STATE
				+ " where s.status = ? and s.next_attempt_at <= ?" + pausing
				+ " order by s.status, s.next_attempt_at, s.created_at limit " + limit;
		List<Object> params = new java.util.ArrayList<>();
		for (DeliveryStatus status : List.of(DeliveryStatus.QUEUED, DeliveryStatus.SENDING)) {
			params.add(status.name());
			params.add(at(now));
			params.addAll(collectives);
		}
		return this.jdbc
			.sql("select * from ((" + oneStatus + ") union all (" + oneStatus + ")) due"
					+ " order by next_attempt_at, created_at limit " + limit)
			.params(params)
			.query(OutboundMessages::queued)
			.list();
	}

	/**
	 * Marks messages as being sent, each by its own conditional update on the version it
	 * was read with (false when someone else took it first), all in the caller's
	 * transaction, which commits before they go; gives, for each claim in order, whether
	 * it was won.
	 */
	boolean[] claimAll(List<Claim> claims) {
		boolean[] won = new boolean[claims.size()];
		if (claims.isEmpty()) {
			return won;
		}
		List<Integer> order = lockOrder(claims.size(), (i) -> claims.get(i).row().id());
		int[] counts = this.jdbcTemplate.batchUpdate(
				"update outbound_state set status = 'SENDING',"
						+ " attempts = attempts + 1, sending_since = ?, next_attempt_at = ?, updated_at = ?,"
						+ " bundle_id = coalesce(?, bundle_id), version = version + 1 where id = ? and version = ?",
				order.stream().map((i) -> {
					Claim claim = claims.get(i);
					return new Object[] { at(claim.at()), at(claim.lookAgainAt()), at(claim.at()), claim.bundle(),
							claim.row().id(), claim.row().version() };
				}).toList());
		for (int n = 0; n < counts.length; n++) {
			won[order.get(n)] = counts[n] == 1 || (counts[n] == java.sql.Statement.SUCCESS_NO_INFO
					&& claimedNow(claims.get(order.get(n)).row().id(), claims.get(order.get(n)).row().version() + 1));
		}
		return won;
	}

	private boolean claimedNow(UUID id, long version) {
		return this.jdbc.sql("select count(*) from outbound_state where id = ? and version = ? and status = 'SENDING'")
			.params(id, version)
			.query(Long.class)
			.single() == 1;
	}

	/**
	 * Puts the next look at every message marked as sending no sooner than the time
	 * given, moving each such row's version on; gives how many were moved. Used once a
	 * node takes over the dispatching (its start, or another node gone): while no node
	 * answered, the delivery reports of those messages could not arrive.
	 */
	int lookAgainNoSoonerThan(Instant at) {
		return this.jdbc
			.sql("update outbound_state set next_attempt_at = ?, version = version + 1"
					+ " where status = 'SENDING' and next_attempt_at < ?")
			.params(at(at), at(at))
			.update();
	}

	/**
	 * Moves several messages on, each from {@code SENDING} only (a delivery report may
	 * have moved it further already), in the caller's transaction; gives, for each move
	 * in order, whether it was made.
	 */
	boolean[] moveAllFromSending(List<Move> moves) {
		boolean[] moved = new boolean[moves.size()];
		if (moves.isEmpty()) {
			return moved;
		}
		List<Integer> order = lockOrder(moves.size(), (i) -> moves.get(i).id());
		int[] counts = this.jdbcTemplate.batchUpdate("update outbound_state set status = ?, gateway_answer = ?,"
				+ " next_attempt_at = case when ? then ? else next_attempt_at end, updated_at = ?,"
				+ " version = version + 1 where id = ? and status = 'SENDING'", order.stream().map((i) -> {
					Move move = moves.get(i);
					Instant next = (move.nextAttempt() != null) ? move.nextAttempt() : move.at();
					return new Object[] { move.to().name(), move.answer(), move.nextAttempt() != null, at(next),
							at(move.at()), move.id() };
				}).toList());
		for (int n = 0; n < counts.length; n++) {
			moved[order.get(n)] = counts[n] == 1;
		}
		return moved;
	}

	/**
	 * Brings the next attempt of these collectives' messages that wait because their
	 * gateway could not be reached forward to now: the gateway took a message again.
	 * Gives how many were brought forward.
	 */
	int tryUnreachableNow(Collection<UUID> collectives, Instant now) {
		List<UUID> own = collectives.stream().filter((id) -> !Sealing.COALITION.equals(id)).toList();
		List<String> whose = new java.util.ArrayList<>();
		if (!own.isEmpty()) {
			whose.add("collective_id in (" + String.join(",", own.stream().map((id) -> "?").toList()) + ")");
		}
		if (collectives.contains(Sealing.COALITION)) {
			whose.add("collective_id is null");
		}
		if (whose.isEmpty()) {
			return 0;
		}
		List<Object> params = new java.util.ArrayList<>(List.of(at(now), at(now), Outcome.UNREACHABLE + "%"));
		params.addAll(own);
		return this.jdbc
			.sql("update outbound_state set next_attempt_at = ? where status = 'QUEUED' and next_attempt_at > ?"
					+ " and gateway_answer like ? and id in (select id from outbound_message where "
					+ String.join(" or ", whose) + ")")
			.params(params)
			.update();
	}

	/** Notes the gateway's answers without moving the messages, in one batch. */
	void answerAll(List<Map.Entry<UUID, String>> answers) {
		if (answers.isEmpty()) {
			return;
		}
		List<Map.Entry<UUID, String>> sorted = answers.stream().sorted(Map.Entry.comparingByKey()).toList();
		this.jdbcTemplate.batchUpdate("update outbound_state set gateway_answer = ? where id = ?",
				sorted.stream().map((answer) -> new Object[] { answer.getValue(), answer.getKey() }).toList());
	}

	/**
	 * Moves several messages forward, each from one of its statuses, in the caller's
	 * transaction and in the order given for the same message (reports of one message may
	 * come together); gives, for each move in order, whether it was made.
	 */
	boolean[] moveAllForward(List<Forward> moves, Instant now) {
		boolean[] moved = new boolean[moves.size()];
		if (moves.isEmpty()) {
			return moved;
		}
		List<Integer> order = lockOrder(moves.size(), (i) -> moves.get(i).id());
		int[] counts = this.jdbcTemplate.batchUpdate("update outbound_state set status = ?,"
				+ " gateway_answer = case when ? then ? else gateway_answer end, updated_at = ?,"
				+ " version = version + 1 where id = ? and status in (?, ?, ?, ?)", order.stream().map((i) -> {
					Forward move = moves.get(i);
					List<String> from = move.from().stream().map(DeliveryStatus::name).toList();
					Object[] row = new Object[] { move.to().name(), move.answer() != null,
							(move.answer() != null) ? move.answer() : "", at(now), move.id(), null, null, null, null };
					for (int slot = 0; slot < 4; slot++) {
						row[5 + slot] = from.get(Math.min(slot, from.size() - 1));
					}
					return row;
				}).toList());
		for (int n = 0; n < counts.length; n++) {
			moved[order.get(n)] = counts[n] == 1;
		}
		return moved;
	}

	/** The keys of these messages, by id; those gone are left out. */
	Map<UUID, String> keysOf(List<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> keys = new java.util.HashMap<>();
		this.jdbc
			.sql("select id, message_key from outbound_message where id in ("
					+ String.join(",", ids.stream().map((id) -> "?").toList()) + ")")
			.params(List.copyOf(ids))
			.query((row) -> {
				keys.put(row.getObject("id", UUID.class), row.getString("message_key"));
			});
		return keys;
	}

	/** A message to move forward from one of some statuses (at most four). */
	record Forward(UUID id, java.util.Set<DeliveryStatus> from, DeliveryStatus to, @Nullable String answer) {
	}

	/**
	 * Rows are updated in the order of their ids, so two batches never wait on each other
	 * in a circle.
	 */
	private static List<Integer> lockOrder(int size, java.util.function.IntFunction<UUID> id) {
		return java.util.stream.IntStream.range(0, size)
			.boxed()
			.sorted(java.util.Comparator.comparing(id::apply))
			.toList();
	}

	/**
	 * A message to mark as being sent at a moment, to be looked at again at another; in a
	 * bundle, or alone (a message sent alone keeps the bundle it went in before, so that
	 * late reports about that attempt still find it).
	 */
	record Claim(Queued row, Instant at, Instant lookAgainAt, @Nullable UUID bundle) {
	}

	/** The messages of a bundle, with their sealed numbers. */
	List<Addressed> inBundle(UUID bundle) {
		return this.jdbc
			.sql("select m.id, m.collective_id, m.sealed_address from " + WITH_STATE + " where s.bundle_id = ?")
			.param(bundle)
			.query((row, n) -> {
				UUID collective = row.getObject("collective_id", UUID.class);
				return new Addressed(row.getObject("id", UUID.class),
						(collective != null) ? collective : Sealing.COALITION, row.getBytes("sealed_address"));
			})
			.list();
	}

	/** A message's id, collective (or the coalition) and sealed address. */
	record Addressed(UUID id, UUID collective, byte[] sealedAddress) {
	}

	/** A message to move from {@code SENDING}, with the gateway's answer. */
	record Move(UUID id, DeliveryStatus to, String answer, @Nullable Instant nextAttempt, Instant at) {
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
			.sql("update outbound_state set status = ?" + answering + scheduling
					+ ", updated_at = ?, version = version + 1 where id = ? and status in ("
					+ String.join(",", from.stream().map((status) -> "?").toList()) + ")")
			.params(params)
			.update() == 1;
	}

	List<Delivery> deliveries(String keyPrefix) {
		String pattern = keyPrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
		return this.jdbc
			.sql("select m.message_key, m.channel, s.status, s.attempts, s.gateway_answer, s.updated_at from "
					+ WITH_STATE + " where m.message_key like ? escape '!' order by s.created_at, m.message_key")
			.param(pattern)
			.query((row, n) -> new Delivery(row.getString("message_key"), Channel.valueOf(row.getString("channel")),
					DeliveryStatus.valueOf(row.getString("status")), row.getInt("attempts"),
					row.getString("gateway_answer"), row.getObject("updated_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private static Queued queued(ResultSet row, int n) throws SQLException {
		UUID collective = row.getObject("collective_id", UUID.class);
		return new Queued(row.getObject("id", UUID.class), row.getString("message_key"),
				(collective != null) ? collective : Sealing.COALITION, row.getObject("recipient_id", UUID.class),
				Channel.valueOf(row.getString("channel")), row.getBytes("sealed_address"),
				row.getBytes("sealed_subject"), row.getBytes("sealed_text"), row.getBytes("sealed_attachments"),
				DeliveryStatus.valueOf(row.getString("status")), row.getInt("attempts"), row.getLong("version"));
	}

	static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
