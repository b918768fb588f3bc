package org.tejido.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.tejido.TejidoApplication;

/**
 * Tejido started, stopped and started again on one data directory, as a server is after a
 * crash: its database is H2 as Tejido sets it up in the data directory, or a PostgreSQL
 * database of its own; between two starts a test writes to it over JDBC, as a kill leaves
 * it.
 */
public record RestartedTejido(Path data, String url, String user, List<String> settings) {

	/** On "H2" or "PostgreSQL". */
	public static RestartedTejido on(String database) {
		Path data = TempData.newDirectory();
		if ("H2".equals(database)) {
			return new RestartedTejido(data, "jdbc:h2:file:" + data.resolve("db/tejido"), "tejido", List.of());
		}
		String url = Postgres.newDatabaseUrl();
		return new RestartedTejido(data, url, Postgres.USER, List.of("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + Postgres.USER, "--spring.datasource.password="));
	}

	/** Starts Tejido on a free port with these settings too; close it to stop it. */
	public ConfigurableApplicationContext start(String... more) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--tejido.data-dir=" + this.data,
				"--tejido.library.load-seed-catalogue=false", "--logging.level.root=warn"));
		arguments.addAll(this.settings);
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(TejidoApplication.class).run(arguments.toArray(String[]::new));
	}

	/** Runs one statement while no server runs; gives the rows it changed. */
	public int write(String sql, Object... parameters) throws SQLException {
		try (Connection db = DriverManager.getConnection(this.url, this.user, "");
				PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			return statement.executeUpdate();
		}
	}

}
