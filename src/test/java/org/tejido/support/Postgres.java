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
	public static synchronized void newDatabase(DynamicPropertyRegistry registry) {
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
		String url = server.getJdbcUrl("postgres", name);
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

}
