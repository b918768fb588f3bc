package org.tejido.network.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.tejido.collectives.CollectiveKeys;
import org.tejido.network.graph.Indicator;

/**
 * The indicators of each day, sealed: one row per collective and day, the day's last
 * computation.
 */
@Component
public class Snapshots {

	private static final String FIELD = "network_snapshot.values";

	private final JdbcClient jdbc;

	private final CollectiveKeys keys;

	private final JsonMapper json;

	Snapshots(JdbcClient jdbc, CollectiveKeys keys, JsonMapper json) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.json = json;
	}

	void keep(UUID collective, LocalDate day, List<Indicator> indicators, Instant now) {
		List<Value> values = indicators.stream()
			.map((indicator) -> new Value(indicator.code(), indicator.value(), indicator.flagged()))
			.toList();
		byte[] sealed = this.keys.sealed(collective).seal(FIELD, this.json.writeValueAsString(values));
		int changed = this.jdbc
			.sql("update network_snapshot set sealed_values = ?, updated_at = ?, version = version + 1"
					+ " where collective_id = ? and taken_on = ?")
			.params(sealed, java.sql.Timestamp.from(now), collective, day)
			.update();
		if (changed == 0) {
			this.jdbc
				.sql("insert into network_snapshot (collective_id, taken_on, sealed_values, updated_at, version)"
						+ " values (?, ?, ?, ?, 0)")
				.params(collective, day, sealed, java.sql.Timestamp.from(now))
				.update();
		}
	}

	/** The last {@code days} snapshots, oldest first. */
	List<Snapshot> last(UUID collective, int days) {
		List<Snapshot> newestFirst = this.jdbc
			.sql("select taken_on, sealed_values from network_snapshot where collective_id = ?"
					+ " order by taken_on desc limit " + days)
			.param(collective)
			.query((rs, n) -> new Snapshot(rs.getObject(1, LocalDate.class), this.json
				.readValue(this.keys.sealed(collective).open(FIELD, rs.getBytes(2)), new TypeReference<List<Value>>() {
				})))
			.list();
		return newestFirst.reversed();
	}

	/** One indicator's value on a day. */
	public record Value(String code, double value, boolean flagged) {
	}

	/** The indicators of one day. */
	public record Snapshot(LocalDate day, List<Value> values) {

		public double value(String code) {
			return this.values.stream()
				.filter((v) -> v.code().equals(code))
				.mapToDouble(Value::value)
				.findFirst()
				.orElse(Double.NaN);
		}

	}

}
