package org.tejido.messaging.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import org.tejido.messaging.Delivery;
import org.tejido.messaging.DeliveryStatus;
import org.tejido.support.Postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An outbox written before where each message stands moved to a table of its own is sent
 * on after the upgrade as if nothing had happened: what waits is still due, and a
 * bundle's late reports still find their messages.
 */
class OutboxUpgradeTests {

	private static final Instant QUEUED_AT = Instant.parse("2026-11-30T10:00:00Z");

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void messagesQueuedAndSentBeforeTheUpgradeStandWhereTheyStoodAfterIt(String database) {
		SingleConnectionDataSource dataSource = dataSource(database);
		try {
			migrate(dataSource, "33");
			UUID waiting = UUID.randomUUID();
			UUID sent = UUID.randomUUID();
			UUID bundle = UUID.randomUUID();
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			String before = "insert into outbound_message (id, message_key, collective_id, recipient_id, channel,"
					+ " sealed_address, sealed_text, status, attempts, next_attempt_at, sending_since, gateway_answer,"
					+ " created_at, updated_at, version, bundle_id) values (?, ?, null, null, 'SMS', ?, ?, ?, ?, ?, ?, ?, ?, ?,"
					+ " ?, ?)";
			jdbc.update(before, waiting, "upgrade:waiting", new byte[] { 1 }, new byte[] { 2 }, "QUEUED", 0,
					at(QUEUED_AT), null, null, at(QUEUED_AT), at(QUEUED_AT), 0L, null);
			jdbc.update(before, sent, "upgrade:sent", new byte[] { 3 }, new byte[] { 4 }, "ACCEPTED", 1,
					at(QUEUED_AT.plusSeconds(600)), at(QUEUED_AT.plusSeconds(1)), "0: Accepted for delivery",
					at(QUEUED_AT.plusSeconds(1)), at(QUEUED_AT.plusSeconds(2)), 2L, bundle);

			migrate(dataSource, "latest");

			OutboundMessages messages = new OutboundMessages(JdbcClient.create(dataSource), jdbc, dataSource);
			List<Queued> due = messages.due(QUEUED_AT.plusSeconds(60), Set.of(), 10);
			assertThat(due).singleElement().satisfies((queued) -> {
				assertThat(queued.id()).isEqualTo(waiting);
				assertThat(queued.status()).isEqualTo(DeliveryStatus.QUEUED);
				assertThat(queued.sealedText()).containsExactly(2);
				assertThat(queued.version()).isZero();
			});
			assertThat(messages.inBundle(bundle)).singleElement().satisfies((addressed) -> {
				assertThat(addressed.id()).isEqualTo(sent);
				assertThat(addressed.sealedAddress()).containsExactly(3);
			});
			assertThat(messages.deliveries("upgrade:"))
				.extracting(Delivery::key, Delivery::status, Delivery::attempts, Delivery::gatewayAnswer)
				.as("in the order they were queued")
				.containsExactly(tuple("upgrade:waiting", DeliveryStatus.QUEUED, 0, null),
						tuple("upgrade:sent", DeliveryStatus.ACCEPTED, 1, "0: Accepted for delivery"));
			assertThat(messages.claimAll(List.of(new OutboundMessages.Claim(due.getFirst(), QUEUED_AT.plusSeconds(60),
					QUEUED_AT.plusSeconds(120), null))))
				.as("claimed on the version it had before the upgrade")
				.containsExactly(true);
		}
		finally {
			dataSource.destroy();
		}
	}

	private static void migrate(DataSource dataSource, String target) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
	}

	private static SingleConnectionDataSource dataSource(String database) {
		SingleConnectionDataSource dataSource = database.equals("h2")
				? new SingleConnectionDataSource("jdbc:h2:mem:upgrade-" + UUID.randomUUID(), "sa", "", true)
				: new SingleConnectionDataSource(Postgres.newDatabaseUrl(), Postgres.USER, "", true);
		dataSource.setAutoCommit(true);
		return dataSource;
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
