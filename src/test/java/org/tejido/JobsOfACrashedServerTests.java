package org.tejido;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.support.RestartedTejido;
import org.tejido.support.TempData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server killed while it ran the dispatcher, started again on its data directory: it
 * takes the job back at once, where db-scheduler alone would wait for four missed
 * heartbeats; a job another node runs stays that node's, and a command run beside a live
 * server, even under the same node id, takes none of the server's.
 */
class JobsOfACrashedServerTests {

	private static final String ANOTHER_NODE = "another-host-0badcafe";

	@ParameterizedTest(name = "on {0}")
	@ValueSource(strings = { "H2", "PostgreSQL" })
	void aServerStartedAgainAfterACrashRunsTheDispatcherAtOnceAndLeavesOtherNodesJobsAlone(String database)
			throws Exception {
		RestartedTejido server = RestartedTejido.on(database);
		Path data = server.data();
		try (ConfigurableApplicationContext tejido = server.start()) {
			assertThat(tejido.getBean(JdbcClient.class)
				.sql("select count(*) from scheduled_tasks where task_name = 'messaging-dispatch'")
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		String name = SchedulerNode.nameOf(data);
		assertThat(name).as("the same name at every start on this data directory")
			.isEqualTo(SchedulerNode.nameOf(data))
			.matches(".+-[0-9a-f]{8}")
			.hasSizeLessThanOrEqualTo(SchedulerNode.MAX_NAME);
		// heartbeats set ahead, so that db-scheduler's own check for dead jobs could not
		// take either job within the test
		Instant ahead = Instant.now().plus(Duration.ofMinutes(1));
		leftPicked(server, "update scheduled_tasks set picked = true, picked_by = ?, last_heartbeat = ?,"
				+ " version = version + 1 where task_name = 'messaging-dispatch'", name, ahead);
		leftPicked(server, "insert into scheduled_tasks (picked_by, last_heartbeat, task_name, task_instance,"
				+ " execution_time, picked, version) values (?, ?, 'another-nodes-job', '1', current_timestamp, true, 1)",
				ANOTHER_NODE, ahead);

		Instant restartedAt = Instant.now();
		try (ConfigurableApplicationContext tejido = server.start()) {
			JdbcClient jdbc = tejido.getBean(JdbcClient.class);
			Instant end = Instant.now().plusSeconds(10);
			while (lastSuccess(jdbc).filter((at) -> at.isAfter(restartedAt)).isEmpty() && Instant.now().isBefore(end)) {
				Thread.sleep(100);
			}
			assertThat(lastSuccess(jdbc)).as("the dispatcher ran again after the restart")
				.hasValueSatisfying((at) -> assertThat(at).isAfter(restartedAt));
			assertThat(jdbc.sql("select picked_by from scheduled_tasks where task_name = 'another-nodes-job'")
				.query(String.class)
				.single()).as("another node's job is left to it").isEqualTo(ANOTHER_NODE);
		}
	}

	@Test
	void aCommandRunBesideALiveServerLeavesTheServersJobsAlone() throws Exception {
		RestartedTejido server = RestartedTejido.on("PostgreSQL");
		try (ConfigurableApplicationContext tejido = server.start()) {
			String name = SchedulerNode.nameOf(server.data());
			JdbcClient jdbc = tejido.getBean(JdbcClient.class);
			jdbc.sql("insert into scheduled_tasks (picked_by, last_heartbeat, task_name, task_instance,"
					+ " execution_time, picked, version) values (?, ?, 'the-servers-job', '1', current_timestamp, true, 1)")
				.params(name, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1))
				.update();
			// the server's own data directory is locked by its search index; the
			// command's
			// holds the same node id, as a copy of it would
			Path commandData = TempData.newDirectory();
			Files.copy(server.data().resolve("node-id"), commandData.resolve("node-id"));
			List<String> arguments = new ArrayList<>(List.of("collectives", "verify-log",
					"--tejido.data-dir=" + commandData, "--logging.level.root=warn"));
			arguments.addAll(server.settings());
			PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
			assertThat(Commands
				.of(TejidoApplication.class, (variable) -> null, InputStream.nullInputStream(), discard, discard)
				.run(arguments.toArray(String[]::new))).hasValue(0);
			assertThat(jdbc
				.sql("select coalesce(picked_by, '(released)') from scheduled_tasks"
						+ " where task_name = 'the-servers-job'")
				.query(String.class)
				.single()).as("the live server's job is still its own").isEqualTo(name);
		}
	}

	private static Optional<Instant> lastSuccess(JdbcClient jdbc) {
		return jdbc.sql("select last_success from scheduled_tasks where task_name = 'messaging-dispatch'")
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	/** What a kill leaves in db-scheduler's table, written while no server runs. */
	private static void leftPicked(RestartedTejido server, String sql, String by, Instant heartbeat)
			throws SQLException {
		assertThat(server.write(sql, by, OffsetDateTime.ofInstant(heartbeat, ZoneOffset.UTC))).isEqualTo(1);
	}

}
