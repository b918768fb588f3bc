package org.tejido.support;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of every table as text, as a dump would show it: binary columns as raw bytes.
 */
public final class DatabaseDump {

	private DatabaseDump() {
	}

	public static String of(JdbcClient jdbc) {
		StringBuilder dump = new StringBuilder();
		List<String> tables = jdbc
			.sql("select table_name from information_schema.tables where lower(table_schema) = 'public'"
					+ " and upper(table_type) in ('BASE TABLE', 'TABLE')")
			.query(String.class)
			.list();
		assertThat(tables).anyMatch((table) -> table.equalsIgnoreCase("collective_member"));
		for (String table : tables) {
			jdbc.sql("select * from \"" + table + "\"").query((row) -> {
				for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
					Object value = row.getObject(column);
					dump.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
							: String.valueOf(value))
						.append('\t');
				}
				dump.append('\n');
			});
		}
		return dump.toString();
	}

}
