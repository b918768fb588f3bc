package org.tejido.messaging;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.collectives.CollectiveKeys;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.HtmlValidator;
import org.tejido.support.Http;
import org.tejido.support.Smsc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messaging straight to an SMS centre over SMPP, through the test SMS centre
 * ({@link Smsc}, which stands in for an operator's): a coordinator switches the
 * collective's gateway to SMPP through its page; queued messages reach the SMS centre
 * once each, in the right coding and, when long, in parts; its receipts move them on; SMS
 * from phones reach Tejido with their text intact; a throttling SMS centre delays
 * messages but loses none, and a dropped connection is bound again.
 */
public interface SmppContract {

	Duration WAIT = Duration.ofSeconds(30);

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	CollectiveKeys keys();

	ConfigurableApplicationContext context();

	int port();

	@BeforeEach
	default void listenToTheApplicationsEventsOverSmpp() {
		Heard.in(context());
	}

	@AfterAll
	static void stopTheSmsCentre() {
		Smsc.stopAll();
	}

	@Test
	default void aCoordinatorSwitchesTheGatewayToSmppAndItsPasswordIsNeverShownNorKeptReadable() {
		Browser coordinator = coordinator();
		String home = Collectives.found(coordinator, "Red SMPP");
		String number = Collectives.phone();
		coordinator.get(home + "/channels");
		assertThat(coordinator
			.submit(home + "/channels", "kind", "kannel", "url", "http://127.0.0.1:13013/cgi-bin/sendsms", "username",
					"tejido", "password", "kannel-password", "number", number, "per_second", "5")
			.statusCode()).isEqualTo(302);

		coordinator.get(home + "/channels");
		HttpResponse<String> wrong = coordinator.submit(home + "/channels", "kind", "smpp", "host", "smsc example",
				"port", "70000", "system_id", "", "password", "", "system_type", "far too long type", "number", number,
				"per_second", "5");
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body())
			.contains("Give the host name or IP address of the SMS centre.", "from 1 to 65535", "Give the system id",
					"Give the password of the SMPP account", "The system type has at most 12 characters")
			.as("the password kept is Kannel’s, not the SMPP account’s")
			.doesNotContain("A password is kept");
		coordinator.get("/es" + home.substring(3) + "/channels");
		HttpResponse<String> wrongInSpanish = coordinator.submit("/es" + home.substring(3) + "/channels", "kind",
				"smpp", "host", "", "port", "2775", "system_id", "tejido", "password", "secreto", "number", number,
				"per_second", "5");
		assertThat(wrongInSpanish.statusCode()).isEqualTo(422);
		assertThat(wrongInSpanish.body()).contains("Indique el nombre de host o la dirección IP del centro de SMS.");

		String password = "MK" + Long.toString(System.nanoTime() % 1_000_000, 36);
		coordinator.get(home + "/channels");
		HttpResponse<String> saved = coordinator.submit(home + "/channels", "kind", "smpp", "host",
				"smsc.operator.example", "port", "2775", "system_id", "tejido01", "password", password, "system_type",
				"VMA", "number", number, "per_second", "5");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String page = coordinator.get(home + "/channels").body();
		assertThat(page)
			.contains("value=\"smpp\" checked", "smsc.operator.example", "2775", "tejido01", "VMA", number,
					"A password is kept")
			.doesNotContain(password);
		assertThat(HtmlValidator.errorsIn(page)).isEmpty();

		UUID collective = Sent.collectiveOf(home);
		String stored = jdbc()
			.sql("select kind, sealed_host, sealed_username, sealed_password, sealed_system_type, smpp_port,"
					+ " sealed_sendsms_url from messaging_channel where collective_id = ?")
			.param(collective)
			.query((rs, n) -> {
				assertThat(rs.getString(1)).isEqualTo("SMPP");
				assertThat(rs.getInt(6)).isEqualTo(2775);
				assertThat(rs.getBytes(7)).isNull();
				assertThat(keys().decrypt(collective, "messaging.channel.password", rs.getBytes(4)))
					.isEqualTo(password);
				return new String(rs.getBytes(2), StandardCharsets.ISO_8859_1)
						+ new String(rs.getBytes(3), StandardCharsets.ISO_8859_1)
						+ new String(rs.getBytes(4), StandardCharsets.ISO_8859_1)
						+ new String(rs.getBytes(5), StandardCharsets.ISO_8859_1);
			})
			.single();
		assertThat(stored).doesNotContain(password).doesNotContain("operator.example").doesNotContain("tejido01");

		coordinator.get(home + "/channels");
		assertThat(coordinator
			.submit(home + "/channels", "kind", "smpp", "host", "smsc.operator.example", "port", "2775", "system_id",
					"tejido01", "password", "", "system_type", "", "number", number, "per_second", "2")
			.statusCode()).as("an empty password field keeps the SMPP password").isEqualTo(302);
		assertThat(keys().decrypt(collective, "messaging.channel.password",
				jdbc().sql("select sealed_password from messaging_channel where collective_id = ?")
					.param(collective)
					.query(byte[].class)
					.single()))
			.isEqualTo(password);
	}

	@Test
	default void queuedSmsReachTheSmsCentreOnceEachInTheirCodingAndPartsAndItsReceiptsComeBack() {
		Smsc smsc = smsc();
		Sent.Connected collective = connected(smsc, 20);
		String prefix = "test:" + UUID.randomUUID() + ":";
		String marker = Collectives.marker("smpp");
		List<String> texts = List.of(marker + " plain alert: water rising, go to the school @ 5 £",
				marker + " Alerta: el río crece rápido, reúnanse en la escuela",
				marker + " " + "Alert: the river is rising fast, meet at the school {now} ~ bring water € ".repeat(3),
				marker + " " + "नदी का पानी बढ़ रहा है, स्कूल जाएँ। ".repeat(3));
		String phone = Collectives.phone();
		List<Outgoing> messages = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			messages.add(new Outgoing(prefix + i, collective.id(), null, Channel.SMS, phone, null, texts.get(i)));
		}
		assertThat(outbox().queue(messages)).isEqualTo(4);

		Sent.awaitStatus(outbox(), prefix, 4, (delivery) -> delivery.status() == DeliveryStatus.ACCEPTED, WAIT);
		Heard.sleep(500);
		List<Smsc.Sms> received = smsc.receivedContaining(marker, WAIT);
		assertThat(received).extracting(Smsc.Sms::text).containsExactlyInAnyOrderElementsOf(texts);
		for (Smsc.Sms sms : received) {
			int index = texts.indexOf(sms.text());
			assertThat(sms.from()).isEqualTo(collective.number());
			assertThat(sms.to()).isEqualTo(phone);
			assertThat(sms.parts()).hasSize(SmsParts.measure(sms.text()).parts());
			for (int part = 0; part < sms.parts().size(); part++) {
				Smsc.Part taken = sms.parts().get(part);
				assertThat(taken.dataCoding()).as(sms.text())
					.isEqualTo((index == 0 || index == 2) ? (byte) 0 : (byte) 8);
				assertThat(taken.registeredDelivery()).isEqualTo((byte) 1);
				assertThat(List.of(taken.sourceTon(), taken.sourceNpi(), taken.destTon(), taken.destNpi()))
					.containsOnly((byte) 1);
				if (sms.parts().size() == 1) {
					assertThat(taken.udh()).isEmpty();
					assertThat(taken.esmClass()).isZero();
				}
				else {
					assertThat(taken.esmClass()).isEqualTo((byte) 0x40);
					assertThat(taken.concatenation()).containsExactly(sms.parts().get(0).concatenation()[0],
							sms.parts().size(), part + 1);
				}
			}
		}
		assertThat(outbox().deliveries(prefix)).allSatisfy((delivery) -> {
			assertThat(delivery.gatewayAnswer()).startsWith("accepted by the SMS centre");
			assertThat(delivery.attempts()).isEqualTo(1);
		});

		for (Smsc.Sms sms : received) {
			smsc.receipt(sms, sms.text().equals(texts.get(1)) ? "UNDELIV" : "DELIVRD");
		}
		List<Delivery> done = Sent.awaitStatus(outbox(), prefix, 4, (delivery) -> delivery.status().isFinal(), WAIT);
		assertThat(done).extracting(Delivery::status)
			.containsExactly(DeliveryStatus.DELIVERED, DeliveryStatus.FAILED, DeliveryStatus.DELIVERED,
					DeliveryStatus.DELIVERED);
		assertThat(done.get(1).gatewayAnswer()).contains("UNDELIV");
		assertThat(received).filteredOn((sms) -> sms.parts().size() > 1)
			.extracting(Smsc.Sms::text)
			.contains(texts.get(2), texts.get(3));
		assertThat(jdbc()
			.sql("select sending_since from outbound_message join outbound_state using (id) where message_key = ?")
			.param(prefix + "2")
			.query(OffsetDateTime.class)
			.list()).as("marked as sending before it went").singleElement().isNotNull();
		assertThat(Heard.of(context(), DeliveryReported.class, (event) -> event.key().equals(prefix + "2")))
			.extracting(DeliveryReported::status)
			.containsSubsequence(DeliveryStatus.ACCEPTED, DeliveryStatus.DELIVERED)
			.doesNotContain(DeliveryStatus.SENDING, DeliveryStatus.FAILED);
	}

	@Test
	default void smsFromPhonesReachTejidoThroughTheSmsCentreWithTheirCollectiveAndTextIntact() {
		Smsc smsc = smsc();
		Sent.Connected collective = connected(smsc, 20);
		String phone = Collectives.phone();
		String marker = Collectives.marker("smppin");
		List<String> texts = List.of(marker + " help at the river @ 5 £", marker + " Ayuda, señora: 3 € {ya} ~ ahí",
				marker + " मदद चाहिए, नदी के पास लोग हैं", marker + " نحتاج إلى مساعدة قرب النهر",
				marker + " " + "Llegaron hombres armados al territorio, somos doce familias en la escuela. ".repeat(3),
				marker + " " + "Llegaron hombres armados, están quemando la maloca, vengan rápido. ".repeat(3));
		for (String text : texts) {
			smsc.phoneSends(phone, collective.number(), text);
		}
		String payload = marker + " " + "Un mensaje largo que el centro de SMS juntó en uno: ñandú. ".repeat(4);
		smsc.phoneSendsAsOnePayload(phone, collective.number(), payload);
		List<String> all = new ArrayList<>(texts);
		all.add(payload);

		List<InboundMessages.InboundSms> heard = Sent.awaitedSms(context(), (sms) -> sms.text().startsWith(marker),
				all.size(), WAIT);
		assertThat(heard).extracting(InboundMessages.InboundSms::text).containsExactlyInAnyOrderElementsOf(all);
		assertThat(heard).allSatisfy((sms) -> {
			assertThat(sms.collective()).isEqualTo(collective.id());
			assertThat(sms.from()).isEqualTo(phone);
			assertThat(sms.to()).isEqualTo(collective.number());
		});
		assertThat(smsc.receivedContaining(marker, Duration.ofMillis(500))).as("no automatic reply").isEmpty();
	}

	@Test
	default void aThrottlingSmsCentreMakesMessagesWaitAndTryAgainUntilTheyGo() {
		Smsc smsc = smsc();
		Sent.Connected collective = connected(smsc, 20);
		String key = "test:" + UUID.randomUUID();
		String marker = Collectives.marker("throttled");
		smsc.throttle(marker, 2);
		outbox().queue(List.of(new Outgoing(key, collective.id(), null, Channel.SMS, Collectives.phone(), null,
				marker + " after the SMS centre caught its breath")));
		Delivery sent = Sent
			.awaitStatus(outbox(), key, 1, (delivery) -> delivery.status() == DeliveryStatus.ACCEPTED, WAIT)
			.get(0);
		assertThat(sent.attempts()).isEqualTo(3);
		assertThat(Heard.of(context(), DeliveryReported.class, (event) -> event.key().equals(key)))
			.extracting(DeliveryReported::status)
			.containsExactly(DeliveryStatus.QUEUED, DeliveryStatus.QUEUED, DeliveryStatus.ACCEPTED);
		Heard.sleep(500);
		assertThat(smsc.receivedContaining(marker, WAIT)).hasSize(1);
	}

	@Test
	default void aDroppedConnectionIsBoundAgainAndMessagesGoOnBothWays() {
		Smsc smsc = smsc();
		Sent.Connected collective = connected(smsc, 20);
		String marker = Collectives.marker("dropped");
		String before = "test:" + UUID.randomUUID();
		outbox().queue(List.of(new Outgoing(before, collective.id(), null, Channel.SMS, Collectives.phone(), null,
				marker + " before the drop")));
		Sent.awaitStatus(outbox(), before, 1, (delivery) -> delivery.status() == DeliveryStatus.ACCEPTED, WAIT);
		int binds = smsc.binds();

		smsc.dropConnections();
		String after = "test:" + UUID.randomUUID();
		outbox().queue(List.of(new Outgoing(after, collective.id(), null, Channel.SMS, Collectives.phone(), null,
				marker + " after the drop")));
		Sent.awaitStatus(outbox(), after, 1, (delivery) -> delivery.status() == DeliveryStatus.ACCEPTED, WAIT);
		assertThat(smsc.binds()).isGreaterThan(binds);
		Heard.sleep(500);
		assertThat(smsc.receivedContaining(marker + " after", WAIT)).hasSize(1);
		assertThat(smsc.receivedContaining(marker + " before", WAIT)).hasSize(1);

		String phone = Collectives.phone();
		smsc.phoneSends(phone, collective.number(), marker + " from a phone after the drop");
		assertThat(Sent.awaitedSms(context(), (sms) -> sms.text().startsWith(marker), 1, WAIT)).singleElement()
			.satisfies((sms) -> assertThat(sms.from()).isEqualTo(phone));
	}

	private Smsc smsc() {
		return Smsc.forTejidoAt(port());
	}

	/** A collective whose gateway is the test SMS centre, set up through its page. */
	private Sent.Connected connected(Smsc smsc, int perSecond) {
		Browser coordinator = coordinator();
		String home = Collectives.found(coordinator, "SMPP");
		String number = Collectives.phone();
		coordinator.get(home + "/channels");
		HttpResponse<String> saved = coordinator.submit(home + "/channels", "kind", "smpp", "host", smsc.host(), "port",
				String.valueOf(smsc.port()), "system_id", smsc.systemId(), "password", smsc.password(), "system_type",
				"", "number", number, "per_second", String.valueOf(perSecond));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		return new Sent.Connected(Sent.collectiveOf(home), number);
	}

	private Browser coordinator() {
		try {
			return Collectives.coordinator(http(), registry());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Outbox outbox() {
		return context().getBean(Outbox.class);
	}

}
