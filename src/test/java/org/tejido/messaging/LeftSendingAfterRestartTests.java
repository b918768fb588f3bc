package org.tejido.messaging;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.support.Http;
import org.tejido.support.Ports;
import org.tejido.support.RestartedTejido;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server killed while messages were on their way, and started again after their grace
 * period had passed: the gateway still holds their delivery reports and calls again with
 * them once Tejido answers, so the restarted server waits a whole grace period from its
 * start for them before it sends any of those messages again.
 */
class LeftSendingAfterRestartTests {

	private static final String SECRET = "restart-secret";

	private static final Duration GRACE = Duration.ofSeconds(20);

	@ParameterizedTest(name = "on {0}")
	@ValueSource(strings = { "H2", "PostgreSQL" })
	void aMessageLeftSendingLongerThanTheGraceIsSettledByItsLateReportAndNotSentAgain(String database)
			throws Exception {
		RestartedTejido server = RestartedTejido.on(database);
		String key = "test:" + UUID.randomUUID();
		try (ConfigurableApplicationContext tejido = start(server)) {
			tejido.getBean(Outbox.class)
				.queue(List
					.of(new Outgoing(key, null, null, Channel.SMS, "+573001112233", null, "Alerta: río crecido")));
		}
		Instant crashedAt = Instant.now().minus(Duration.ofMinutes(5));
		leftSendingSince(server, key, crashedAt);

		Instant restartedAt = Instant.now();
		try (ConfigurableApplicationContext tejido = start(server)) {
			JdbcClient jdbc = tejido.getBean(JdbcClient.class);
			UUID id = jdbc.sql("select id from outbound_message where message_key = ?")
				.param(key)
				.query(UUID.class)
				.single();
			Instant end = Instant.now().plusSeconds(10);
			while (lookAgainAt(jdbc, id).isBefore(restartedAt.plus(GRACE)) && Instant.now().isBefore(end)) {
				Thread.sleep(100);
			}
			assertThat(lookAgainAt(jdbc, id)).as("looked at again a grace after the restart, not at once")
				.isAfterOrEqualTo(restartedAt.plus(GRACE));
			assertThat(state(jdbc, id)).isEqualTo("SENDING 1");

			Http http = new Http(Integer.parseInt(tejido.getEnvironment().getProperty("local.server.port")));
			HttpResponse<String> report = http.get("/sms/kannel/delivery?secret=" + SECRET + "&id=" + id + "&status=1");
			assertThat(report.statusCode()).isEqualTo(200);
			end = Instant.now().plusSeconds(10);
			while (!state(jdbc, id).startsWith("DELIVERED") && Instant.now().isBefore(end)) {
				Thread.sleep(100);
			}
			assertThat(state(jdbc, id)).as("delivered by its late report, handed over once").isEqualTo("DELIVERED 1");
		}
	}

	private static Instant lookAgainAt(JdbcClient jdbc, UUID id) {
		return jdbc.sql("select next_attempt_at from outbound_state where id = ?")
			.param(id)
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	private static String state(JdbcClient jdbc, UUID id) {
		return jdbc.sql("select status, attempts from outbound_state where id = ?")
			.param(id)
			.query((row, n) -> row.getString(1) + " " + row.getInt(2))
			.single();
	}

	/**
	 * What a kill leaves: the message marked as sending, handed over five minutes ago,
	 * its grace long past; written while no server runs.
	 */
	private static void leftSendingSince(RestartedTejido server, String key, Instant at) throws SQLException {
		assertThat(server.write(
				"update outbound_state set status = 'SENDING', attempts = 1, sending_since = ?,"
						+ " next_attempt_at = ? where id = (select id from outbound_message where message_key = ?)",
				OffsetDateTime.ofInstant(at, ZoneOffset.UTC), OffsetDateTime.ofInstant(at.plus(GRACE), ZoneOffset.UTC),
				key))
			.isEqualTo(1);
	}

	/**
	 * Tejido on its own data directory, its coalition line pointed at a port where no
	 * gateway listens: a message sent again would show as a second attempt.
	 */
	private static ConfigurableApplicationContext start(RestartedTejido server) {
		return server.start("--tejido.messaging.inbound-secret=" + SECRET,
				"--tejido.messaging.sending-grace=" + GRACE.toSeconds() + "s",
				"--tejido.messaging.coalition.number=+573002220000",
				"--tejido.messaging.coalition.sendsms-url=http://127.0.0.1:" + Ports.free() + "/cgi-bin/sendsms",
				"--tejido.messaging.coalition.username=tejido", "--tejido.messaging.coalition.password=pw");
	}

}
