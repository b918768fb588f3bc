package org.tejido.warning.internal;

import java.util.UUID;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.tejido.collectives.CollectiveKeys;

/**
 * Seals, once at start-up, protocol names and message wordings written in plaintext
 * before they were sealed (V23), and empties their plaintext columns.
 */
@Component
class LegacyWordingSealing {

	private final JdbcClient jdbc;

	private final CollectiveKeys keys;

	LegacyWordingSealing(JdbcClient jdbc, CollectiveKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seal() {
		this.jdbc
			.sql("select id, collective_id, name from alert_protocol where sealed_name is null and name is not null")
			.query((row, n) -> new Name(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3)))
			.list()
			.forEach((name) -> this.jdbc.sql("update alert_protocol set sealed_name = ?, name = null where id = ?")
				.params(this.keys.sealed(name.collective()).seal("alert_protocol.name", name.text()), name.protocol())
				.update());
		this.jdbc
			.sql("select collective_id, lang, kind, text from alert_template where sealed_text is null"
					+ " and text is not null")
			.query((row, n) -> new Wording(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
					row.getString(4)))
			.list()
			.forEach((wording) -> this.jdbc
				.sql("update alert_template set sealed_text = ?, text = null"
						+ " where collective_id = ? and lang = ? and kind = ?")
				.params(this.keys.sealed(wording.collective()).seal(Templates.SEALED_TEXT, wording.text()),
						wording.collective(), wording.lang(), wording.kind())
				.update());
	}

	private record Name(UUID protocol, UUID collective, String text) {
	}

	private record Wording(UUID collective, String lang, String kind, String text) {
	}

}
