package org.tejido.library.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import org.tejido.support.Postgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node that stops notes the changes it made itself as indexed, so that its next start
 * (after a large import, say) does not index them again; what other nodes changed is left
 * for the next start to apply.
 */
class IndexFollowerTests {

	@TempDir
	Path index;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void aNodeThatStopsSavesItsPositionPastTheChangesItMadeItself(String database) {
		SingleConnectionDataSource dataSource = dataSource(database);
		try {
			NodeChanges changes = new NodeChanges(JdbcClient.create(dataSource));
			IndexFollower follower = follower(dataSource, changes);
			follower.followFrom(0);
			follower.start();
			for (int i = 0; i < 3; i++) {
				changes.record(NodeChanges.RESOURCE, UUID.randomUUID());
			}

			follower.stop();

			assertThat(follower.savedPosition()).contains(3L);
		}
		finally {
			dataSource.destroy();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void anotherNodesChangeStaysAfterTheSavedPositionForTheNextStartToApply(String database) {
		SingleConnectionDataSource dataSource = dataSource(database);
		try {
			JdbcClient jdbc = JdbcClient.create(dataSource);
			NodeChanges changes = new NodeChanges(jdbc);
			IndexFollower follower = follower(dataSource, changes);
			follower.followFrom(0);
			follower.start();
			changes.record(NodeChanges.RESOURCE, UUID.randomUUID());
			changes.record(NodeChanges.RESOURCE, UUID.randomUUID());
			jdbc.sql("insert into node_change (kind, subject, origin) values (?, ?, ?)")
				.params(NodeChanges.RESOURCE, UUID.randomUUID(), UUID.randomUUID())
				.update();
			changes.record(NodeChanges.RESOURCE, UUID.randomUUID());

			follower.stop();

			assertThat(follower.savedPosition()).contains(2L);
		}
		finally {
			dataSource.destroy();
		}
	}

	/**
	 * A follower whose rounds are an hour apart: only its start and stop move it here.
	 */
	private IndexFollower follower(SingleConnectionDataSource dataSource, NodeChanges changes) {
		// no vocabularies: they are read again only for another node's vocabulary
		// change, which these tests do not make
		return new IndexFollower(JdbcClient.create(dataSource),
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)), null, changes, this.index,
				Duration.ofHours(1), Duration.ofDays(7));
	}

	private static SingleConnectionDataSource dataSource(String database) {
		SingleConnectionDataSource dataSource = database.equals("h2")
				? new SingleConnectionDataSource("jdbc:h2:mem:follower-" + UUID.randomUUID(), "sa", "", true)
				: new SingleConnectionDataSource(Postgres.newDatabaseUrl(), Postgres.USER, "", true);
		dataSource.setAutoCommit(true);
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		return dataSource;
	}

}
