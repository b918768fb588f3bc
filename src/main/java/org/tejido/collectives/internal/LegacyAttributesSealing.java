package org.tejido.collectives.internal;

import java.util.UUID;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.tejido.collectives.CollectiveKeys;

/**
 * Seals, once at start-up, the recorded attributes of collectives written in plaintext
 * before they were sealed (V23), and empties the plaintext column.
 */
@Component
class LegacyAttributesSealing {

	private final JdbcClient jdbc;

	private final CollectiveKeys keys;

	LegacyAttributesSealing(JdbcClient jdbc, CollectiveKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seal() {
		this.jdbc
			.sql("select id, recorded_attributes from collective where sealed_recorded_attributes is null"
					+ " and recorded_attributes is not null")
			.query((row, n) -> new Attributes(row.getObject(1, UUID.class), row.getString(2)))
			.list()
			.forEach((legacy) -> this.jdbc
				.sql("update collective set sealed_recorded_attributes = ?, recorded_attributes = null where id = ?")
				.params(this.keys.sealed(legacy.collective()).seal("collective.recorded_attributes", legacy.text()),
						legacy.collective())
				.update());
	}

	private record Attributes(UUID collective, String text) {
	}

}
