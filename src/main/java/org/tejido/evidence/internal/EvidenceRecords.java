package org.tejido.evidence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The evidence tables; every query names the collective.
 */
@Component
class EvidenceRecords {

	private final JdbcClient jdbc;

	EvidenceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ItemRow item) {
		this.jdbc
			.sql("insert into evidence_item (id, collective_id, sealed_name, media_type, size_bytes, sha256,"
					+ " shared_sha256, shared_size, shared_apart, received_at, submitter_id, sealed_metadata, notices)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(item.id(), item.collectiveId(), item.sealedName(), item.mediaType(), item.size(), item.sha256(),
					item.sharedSha256(), item.sharedSize(), item.sharedApart(), utc(item.receivedAt()),
					item.submitter(), item.sealedMetadata(), item.notices())
			.update();
	}

	List<ItemRow> items(UUID collective) {
		return this.jdbc.sql("select * from evidence_item where collective_id = ? order by received_at desc, id")
			.param(collective)
			.query(EvidenceRecords::item)
			.list();
	}

	List<ItemRow> items(UUID collective, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select * from evidence_item where collective_id = :collective and id in (:ids)"
					+ " order by received_at, id")
			.param("collective", collective)
			.param("ids", ids)
			.query(EvidenceRecords::item)
			.list();
	}

	Optional<ItemRow> item(UUID collective, UUID id) {
		return this.jdbc.sql("select * from evidence_item where collective_id = ? and id = ?")
			.params(collective, id)
			.query(EvidenceRecords::item)
			.optional();
	}

	void insert(UUID collective, CustodyRow entry) {
		this.jdbc
			.sql("insert into evidence_custody (id, item_id, collective_id, at, action, member_id, sealed_note)"
					+ " values (?, ?, ?, ?, ?, ?, ?)")
			.params(entry.id(), entry.itemId(), collective, utc(entry.at()), entry.action(), entry.member(),
					entry.sealedNote())
			.update();
	}

	List<CustodyRow> custody(UUID collective, UUID item) {
		return this.jdbc
			.sql("select * from evidence_custody where collective_id = ? and item_id = ? order by at, action, id")
			.params(collective, item)
			.query(EvidenceRecords::custody)
			.list();
	}

	boolean keepsMetadata(UUID collective) {
		return this.jdbc.sql("select keep_metadata from evidence_setting where collective_id = ?")
			.param(collective)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void keepMetadata(UUID collective, boolean keep) {
		if (this.jdbc.sql("update evidence_setting set keep_metadata = ? where collective_id = ?")
			.params(keep, collective)
			.update() == 0) {
			this.jdbc.sql("insert into evidence_setting (collective_id, keep_metadata) values (?, ?)")
				.params(collective, keep)
				.update();
		}
	}

	private static ItemRow item(ResultSet row, int number) throws SQLException {
		return new ItemRow(row.getObject("id", UUID.class), row.getObject("collective_id", UUID.class),
				row.getBytes("sealed_name"), row.getString("media_type"), row.getLong("size_bytes"),
				row.getString("sha256"), row.getString("shared_sha256"), row.getLong("shared_size"),
				row.getBoolean("shared_apart"), instant(row, "received_at"), row.getObject("submitter_id", UUID.class),
				row.getBytes("sealed_metadata"), row.getString("notices"));
	}

	private static CustodyRow custody(ResultSet row, int number) throws SQLException {
		return new CustodyRow(row.getObject("id", UUID.class), row.getObject("item_id", UUID.class), instant(row, "at"),
				row.getString("action"), row.getObject("member_id", UUID.class), row.getBytes("sealed_note"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		return row.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

}
