package org.tejido;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compaction of a real H2 file, opened as Tejido opens it (no write delay), while the
 * database stays open.
 */
class H2FileCompactionTests {

	private static final int ROWS = 2_000;

	/**
	 * How long H2 keeps a chunk it no longer needs before its space can be used again: 45
	 * s by default, so that a file system may flush its buffers meanwhile; shorter here
	 * so that the test need not wait.
	 */
	private static final int RETENTION_MILLIS = 500;

	@TempDir
	Path dir;

	@Test
	void aFileGrownByManySmallCommitsShrinksToAFractionOfItsSizeAndKeepsItsData() throws Exception {
		try (Connection connection = open()) {
			writeAndRewriteRowsOneCommitAtATime(connection);
			MVStore store = H2FileCompaction.storeOf(connection).orElseThrow();
			long grown = Files.size(file());
			assertThat(H2FileCompaction.isSparse(store.getFileStore())).isTrue();
			Thread.sleep(2 * RETENTION_MILLIS);

			H2FileCompaction.Compacted compacted = H2FileCompaction.compact(store, Duration.ofSeconds(30));

			assertThat(compacted.bytesBefore()).as(compacted.toString()).isEqualTo(grown);
			assertThat(Files.size(file())).as(compacted.toString())
				.isEqualTo(compacted.bytesAfter())
				.isLessThan(grown / 3);
			assertThat(H2FileCompaction.isSparse(store.getFileStore())).isFalse();
			assertThat(store.getFileStore().getRetentionTime()).as("H2's retention time, left as it was")
				.isEqualTo(RETENTION_MILLIS);
			assertThat(lastVersionsOfEveryRow(connection)).isEqualTo(ROWS);
		}
		try (Connection reopened = open()) {
			assertThat(lastVersionsOfEveryRow(reopened)).as("the file as H2 reads it again").isEqualTo(ROWS);
		}
	}

	@Test
	void aFileThatIsMostlyDataIsLeftAsItIs() throws Exception {
		try (Connection connection = open()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("create table note (id int primary key, body varchar(200))");
				statement.execute("insert into note select x, repeat('a', 150) from system_range(1, 20000)");
			}
			MVStore store = H2FileCompaction.storeOf(connection).orElseThrow();
			long size = Files.size(file());

			H2FileCompaction.Compacted compacted = H2FileCompaction.compact(store, Duration.ofSeconds(30));

			assertThat(compacted.steps()).isZero();
			assertThat(Files.size(file())).isEqualTo(size);
		}
	}

	@Test
	void anotherDatabaseHasNoStoreToCompact() throws Exception {
		try (Connection memory = DriverManager.getConnection("jdbc:h2:mem:compaction", "sa", "")) {
			assertThat(H2FileCompaction.storeOf(memory)).isEmpty();
		}
	}

	private Connection open() throws SQLException {
		return DriverManager.getConnection(
				"jdbc:h2:file:" + this.dir.resolve("tejido") + ";WRITE_DELAY=0;RETENTION_TIME=" + RETENTION_MILLIS,
				"tejido", "");
	}

	private Path file() {
		return this.dir.resolve("tejido.mv.db");
	}

	/** Each row written, then written again four times, every write its own commit. */
	private static void writeAndRewriteRowsOneCommitAtATime(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("create table note (id int primary key, version int, body varchar(400))");
		}
		try (PreparedStatement insert = connection.prepareStatement("insert into note values (?, 0, ?)")) {
			for (int id = 1; id <= ROWS; id++) {
				insert.setInt(1, id);
				insert.setString(2, "note " + id + " ".repeat(300));
				insert.executeUpdate();
			}
		}
		try (PreparedStatement update = connection
			.prepareStatement("update note set version = ?, body = ? where id = ?")) {
			for (int version = 1; version <= 4; version++) {
				for (int id = 1; id <= ROWS; id++) {
					update.setInt(1, version);
					update.setString(2, "note " + id + " version " + version + " ".repeat(300));
					update.setInt(3, id);
					update.executeUpdate();
				}
			}
		}
	}

	private static int lastVersionsOfEveryRow(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select count(*) from note where version = 4 and body like 'note ' || id || ' version 4 %'")) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
