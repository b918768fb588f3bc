package org.tejido.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server for tests, started once per test run from Maven Central's
 * binaries (no Docker needed), with one fresh database per caller.
 */
public final class Postgres {

	private static EmbeddedPostgres server;

	private static int databases;

	private Postgres() {
	}

	/** Points Spring's standard datasource properties at a new, empty database. */
	public static void newDatabase(DynamicPropertyRegistry registry) {
		String url = newDatabaseUrl();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> "");
	}

	/** The user of {@link #newDatabaseUrl()}'s databases; it has no password. */
	public static final String USER = "postgres";

	/** Creates a new, empty database and gives its JDBC URL. */
	public static synchronized String newDatabaseUrl() {
		String name = "tejido_" + (++databases);
		try {
			if (server == null) {
				server = EmbeddedPostgres.builder().start();
			}
			try (var connection = server.getPostgresDatabase().getConnection();
					var statement = connection.createStatement()) {
				statement.execute("create database " + name);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return server.getJdbcUrl(USER, name);
	}

}
