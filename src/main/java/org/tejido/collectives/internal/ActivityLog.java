package org.tejido.collectives.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveActivity;

/**
 * The tamper-evident activity log of each collective: entries are appended one at a time
 * (the collective's row is locked meanwhile) and each carries the hash of the one before.
 */
@Component
public class ActivityLog implements CollectiveActivity {

	private final JdbcClient jdbc;

	private final EntityManager entities;

	ActivityLog(JdbcClient jdbc, EntityManager entities) {
		this.jdbc = jdbc;
		this.entities = entities;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(UUID collective, @Nullable UUID actor, String action, @Nullable UUID subject) {
		this.entities.flush();
		this.jdbc.sql("select id from collective where id = ? for update").param(collective).query(UUID.class).single();
		ActivityEntry last = this.jdbc
			.sql("select * from collective_activity where collective_id = ? order by seq desc fetch first 1 rows only")
			.param(collective)
			.query(ActivityLog::entry)
			.optional()
			.orElse(null);
		long seq = (last == null) ? 1 : last.seq() + 1;
		String previous = (last == null) ? ActivityEntry.GENESIS : last.hash();
		ActivityEntry entry = ActivityEntry.next(collective, seq, Instant.now().truncatedTo(ChronoUnit.MILLIS), actor,
				action, subject, previous);
		this.jdbc
			.sql("insert into collective_activity (collective_id, seq, at, actor_id, action, subject_id,"
					+ " previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(collective, seq, OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC), actor, action, subject,
					previous, entry.hash())
			.update();
	}

	@Transactional(readOnly = true)
	public List<ActivityEntry> entries(UUID collective) {
		return this.jdbc.sql("select * from collective_activity where collective_id = ? order by seq")
			.param(collective)
			.query(ActivityLog::entry)
			.list();
	}

	/**
	 * Walks the chain from the first entry; the first entry that does not hold breaks it.
	 */
	@Transactional(readOnly = true)
	public ChainCheck verify(UUID collective) {
		return verify(entries(collective));
	}

	/** Walks the chain of entries already read, in their order. */
	public ChainCheck verify(List<ActivityEntry> entries) {
		String previous = ActivityEntry.GENESIS;
		long expectedSeq = 1;
		for (ActivityEntry entry : entries) {
			if (entry.seq() != expectedSeq || !entry.previousHash().equals(previous) || !entry.isSealed()) {
				return new ChainCheck(entries.size(), expectedSeq);
			}
			previous = entry.hash();
			expectedSeq++;
		}
		return new ChainCheck(entries.size(), null);
	}

	/** Checks the log of every collective on this server. */
	@Transactional(readOnly = true)
	public Map<UUID, ChainCheck> verifyAll() {
		Map<UUID, ChainCheck> checks = new LinkedHashMap<>();
		this.jdbc.sql("select id from collective order by created_at")
			.query(UUID.class)
			.list()
			.forEach((collective) -> checks.put(collective, verify(collective)));
		return checks;
	}

	private static ActivityEntry entry(ResultSet row, int number) throws SQLException {
		return new ActivityEntry(row.getObject("collective_id", UUID.class), row.getLong("seq"),
				row.getObject("at", OffsetDateTime.class).toInstant(), row.getObject("actor_id", UUID.class),
				row.getString("action"), row.getObject("subject_id", UUID.class), row.getString("previous_hash"),
				row.getString("hash"));
	}

}
