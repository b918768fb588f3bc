package org.tejido.messaging;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.CollectivesContract;
import org.tejido.site.Lang;
import org.tejido.site.SitePagesContract;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.HtmlValidator;
import org.tejido.support.Http;
import org.tejido.support.Kannel;
import org.tejido.support.Mailbox;
import org.tejido.support.Ports;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messaging through a real Kannel (bearerbox, smsbox and its test SMS centre, fakesmsc):
 * a coordinator connects the collective's gateway through its page, queued messages reach
 * phones once each and their delivery reports come back, SMS from phones reach Tejido in
 * any script, and nothing is lost or sent twice when the gateway or Tejido fail.
 */
public interface MessagingContract {

	Duration WAIT = Duration.ofSeconds(30);

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	CollectiveKeys keys();

	ConfigurableApplicationContext context();

	int port();

	@BeforeEach
	default void listenToTheApplicationsEvents() {
		Heard.in(context());
	}

	@AfterAll
	static void stopKannel() {
		Kannel.stopAll();
	}

	@Test
	default void aCoordinatorConnectsTheGatewayAndItsPasswordIsNeverShownNorKeptReadable() {
		Browser coordinator = coordinator();
		String home = Collectives.found(coordinator, "Red de Alerta");
		coordinator.get(home + "/channels");
		HttpResponse<String> wrong = coordinator.submit(home + "/channels", "url", "ftp://gateway", "username", "",
				"password", "", "number", "+57 1", "per_second", "0");
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("starting with http:// or https://", "Give the gateway user name",
				"Give the gateway password", "with its country code", "from 1 to 10000");
		coordinator.get("/es" + home.substring(3) + "/channels");
		HttpResponse<String> wrongInSpanish = coordinator.submit("/es" + home.substring(3) + "/channels", "url", "",
				"username", "x", "password", "x", "number", "+573001234567", "per_second", "5");
		assertThat(wrongInSpanish.statusCode()).isEqualTo(422);
		assertThat(wrongInSpanish.body()).contains("Indique la dirección de la pasarela");

		String password = "MARKERPASS" + System.nanoTime();
		String number = Collectives.phone();
		coordinator.get(home + "/channels");
		HttpResponse<String> saved = coordinator.submit(home + "/channels", "url",
				"http://gateway.example:13013/cgi-bin/sendsms", "username", "tejido", "password", password, "number",
				number, "per_second", "5");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String page = coordinator.get(home + "/channels").body();
		assertThat(page).contains("http://gateway.example:13013/cgi-bin/sendsms", number, "A password is kept")
			.doesNotContain(password);

		UUID collective = Sent.collectiveOf(home);
		byte[][] row = jdbc()
			.sql("select sealed_sendsms_url, sealed_password, sealed_number, number_index"
					+ " from messaging_channel where collective_id = ?")
			.param(collective)
			.query((rs,
					n) -> new byte[][] { rs.getBytes(1), rs.getBytes(2), rs.getBytes(3),
							rs.getString(4).getBytes(StandardCharsets.UTF_8) })
			.single();
		String stored = new String(row[0], StandardCharsets.ISO_8859_1)
				+ new String(row[1], StandardCharsets.ISO_8859_1) + new String(row[2], StandardCharsets.ISO_8859_1)
				+ new String(row[3], StandardCharsets.ISO_8859_1);
		assertThat(stored).doesNotContain(password)
			.doesNotContain("gateway.example")
			.doesNotContain(number.substring(1));
		assertThat(keys().decrypt(collective, "messaging.channel.password", row[1])).isEqualTo(password);

		coordinator.get(home + "/channels");
		assertThat(coordinator
			.submit(home + "/channels", "url", "http://gateway.example:13013/cgi-bin/sendsms", "username", "tejido",
					"password", "", "number", number, "per_second", "2")
			.statusCode()).isEqualTo(302);
		assertThat(keys().decrypt(collective, "messaging.channel.password",
				jdbc().sql("select sealed_password from messaging_channel where collective_id = ?")
					.param(collective)
					.query(byte[].class)
					.single()))
			.as("an empty password field keeps the password")
			.isEqualTo(password);
	}

	@Test
	default void membersAndAlliesCannotSeeTheChannelsPage() {
		Browser coordinator = coordinator();
		String home = Collectives.found(coordinator, "Canales Cerrados");
		Browser member = Collectives.member(http(), registry(), coordinator, home, "member", "Ana");
		assertThat(member.get(home + "/channels").statusCode()).isEqualTo(403);
		Browser stranger = Collectives.person(http(), registry());
		assertThat(stranger.get(home + "/channels").statusCode()).isEqualTo(404);
	}

	@Test
	default void queuedSmsReachPhonesOnceEachInAnyScriptAndTheirDeliveryReportsComeBack() {
		Kannel kannel = kannel();
		Sent.Connected collective = connected(kannel, 20);
		String prefix = "test:" + UUID.randomUUID() + ":";
		String marker = Collectives.marker("sms");
		List<String> texts = List.of(marker + " plain alert: water rising, go to the school @ 5",
				marker + " Alerta: el río crece rápido, reúnanse en la escuela",
				marker + " " + "नदी का पानी बढ़ रहा है, स्कूल जाएँ। ".repeat(3),
				marker + " " + "Alert: the river is rising fast, meet at the school {now} ~ bring water € ".repeat(3));
		String phone = Collectives.phone();
		List<Outgoing> messages = new java.util.ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			messages.add(new Outgoing(prefix + i, collective.id(), null, Channel.SMS, phone, null, texts.get(i)));
		}
		assertThat(outbox().queue(messages)).isEqualTo(4);

		Sent.awaitStatus(outbox(), prefix, 4, (delivery) -> delivery.status() == DeliveryStatus.SUBMITTED
				|| delivery.status() == DeliveryStatus.DELIVERED, WAIT);
		List<Kannel.Sms> received = kannel.receivedContaining(marker, WAIT);
		Heard.sleep(1500);
		received = kannel.receivedContaining(marker, WAIT);
		assertThat(received).extracting(Kannel.Sms::text).containsExactlyInAnyOrderElementsOf(texts);
		assertThat(received).allSatisfy((sms) -> {
			assertThat(sms.to()).isEqualTo(phone);
			assertThat(sms.from()).isEqualTo(collective.number());
		});
		assertThat(outbox().deliveries(prefix)).extracting(Delivery::gatewayAnswer)
			.allSatisfy((answer) -> assertThat(answer).startsWith("0: Accepted"));
		assertThat(jdbc()
			.sql("select sending_since from outbound_message join outbound_state using (id) where message_key = ?")
			.param(prefix + "0")
			.query(OffsetDateTime.class)
			.list()).as("marked as sending before it went").singleElement().isNotNull();
		assertThat(Heard.of(context(), DeliveryReported.class, (event) -> event.key().equals(prefix + "0")))
			.extracting(DeliveryReported::status)
			.doesNotContain(DeliveryStatus.SENDING)
			.containsAnyOf(DeliveryStatus.SUBMITTED, DeliveryStatus.DELIVERED);
	}

	@Test
	default void aKeyQueuedTwiceIsSentOnce() {
		Kannel kannel = kannel();
		Sent.Connected collective = connected(kannel, 20);
		String key = "test:" + UUID.randomUUID();
		String marker = Collectives.marker("once");
		Outgoing message = new Outgoing(key, collective.id(), null, Channel.SMS, Collectives.phone(), null,
				marker + " only once");
		assertThat(outbox().queue(List.of(message, message))).isEqualTo(1);
		assertThat(outbox().queue(List.of(message))).isZero();
		Integer again = transactions().execute((status) -> outbox().queue(List.of(message)));
		assertThat(again).isZero();
		Sent.awaitStatus(outbox(), key, 1, MessagingContract::takenBySmsCentre, WAIT);
		Heard.sleep(1500);
		assertThat(kannel.receivedContaining(marker, WAIT)).hasSize(1);
		assertThat(outbox().deliveries(key)).singleElement()
			.satisfies((delivery) -> assertThat(delivery.attempts()).isEqualTo(1));
	}

	@Test
	default void messagesQueuedByTwoTransactionsAtOnceAreKeptOnceEach() throws Exception {
		Sent.Connected collective = connectedToNoGateway();
		String prefix = "test:" + UUID.randomUUID() + ":";
		List<Outgoing> first = numbered(collective, prefix, 0, 900);
		List<Outgoing> second = numbered(collective, prefix, 300, 1200);
		java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
		try (java.util.concurrent.ExecutorService both = java.util.concurrent.Executors
			.newVirtualThreadPerTaskExecutor()) {
			java.util.concurrent.Future<Integer> one = both.submit(() -> queueAlongside(together, first));
			java.util.concurrent.Future<Integer> other = both.submit(() -> queueAlongside(together, second));
			assertThat(one.get() + other.get()).isEqualTo(1200);
		}
		assertThat(outbox().deliveries(prefix)).hasSize(1200)
			.extracting(org.tejido.messaging.Delivery::key)
			.doesNotHaveDuplicates();
		jdbc().sql("delete from outbound_message where message_key like ?").param(prefix + "%").update();
	}

	private Integer queueAlongside(java.util.concurrent.CyclicBarrier together, List<Outgoing> messages)
			throws Exception {
		together.await();
		return transactions().execute((status) -> outbox().queue(messages));
	}

	private static List<Outgoing> numbered(Sent.Connected collective, String prefix, int from, int to) {
		return java.util.stream.IntStream.range(from, to)
			.mapToObj((i) -> new Outgoing(prefix + i, collective.id(), null, Channel.SMS, "+57300200" + (1000 + i),
					null, "message " + i))
			.toList();
	}

	@Test
	default void messagesQueuedInATransactionThatRollsBackAreNeverSent() {
		Sent.Connected collective = connectedToNoGateway();
		String key = "test:" + UUID.randomUUID();
		transactions().executeWithoutResult((status) -> {
			outbox().queue(List.of(new Outgoing(key, collective.id(), null, Channel.SMS, Collectives.phone(), null,
					"an alert that was never raised")));
			status.setRollbackOnly();
		});
		assertThat(outbox().deliveries(key)).isEmpty();
	}

	@Test
	default void aNumberBelongsToOneCollectiveOnly() {
		Sent.Connected first = connectedToNoGateway();
		Browser coordinator = coordinator();
		String home = Collectives.found(coordinator, "Segundo");
		coordinator.get(home + "/channels");
		HttpResponse<String> taken = coordinator.submit(home + "/channels", "url",
				"http://127.0.0.1:13013/cgi-bin/sendsms", "username", "tejido", "password", "pw", "number",
				first.number(), "per_second", "1");
		assertThat(taken.statusCode()).isEqualTo(422);
		assertThat(taken.body()).contains("Another collective already uses this number.");
	}

	@Test
	default void twoCollectivesSavingTheSameNumberAtOnceGetOneSavedAndOneRefused() throws Exception {
		Browser first = coordinator();
		String firstHome = Collectives.found(first, "Primero");
		Browser second = coordinator();
		String secondHome = Collectives.found(second, "Segundo");
		// the two saves overlap in some rounds only, so there are many
		for (int round = 0; round < 20; round++) {
			String number = Collectives.phone();
			first.get(firstHome + "/channels");
			second.get(secondHome + "/channels");
			java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
			try (java.util.concurrent.ExecutorService both = java.util.concurrent.Executors
				.newVirtualThreadPerTaskExecutor()) {
				java.util.concurrent.Future<HttpResponse<String>> one = both
					.submit(() -> saveAlongside(together, first, firstHome, number));
				java.util.concurrent.Future<HttpResponse<String>> other = both
					.submit(() -> saveAlongside(together, second, secondHome, number));
				List<HttpResponse<String>> answers = List.of(one.get(), other.get());
				assertThat(answers).extracting(HttpResponse::statusCode)
					.as("round " + round)
					.containsExactlyInAnyOrder(302, 422);
				assertThat(answers).filteredOn((answer) -> answer.statusCode() == 422)
					.singleElement()
					.satisfies((refused) -> assertThat(refused.body())
						.contains("Another collective already uses this number.", "value=\"" + number + "\""));
			}
		}
	}

	private static HttpResponse<String> saveAlongside(java.util.concurrent.CyclicBarrier together, Browser coordinator,
			String home, String number) throws Exception {
		together.await();
		return coordinator.submit(home + "/channels", "url", "http://127.0.0.1:13013/cgi-bin/sendsms", "username",
				"tejido", "password", "pw", "number", number, "per_second", "1");
	}

	@Test
	default void smsFromPhonesReachTejidoWithTheirCollectiveAndTextIntact() {
		Kannel kannel = kannel();
		Sent.Connected collective = connected(kannel, 20);
		String phone = Collectives.phone();
		String marker = Collectives.marker("in");
		List<String> texts = List.of(marker + " help at the river", marker + " Ayuda: están quemando la maloca, señora",
				marker + " मदद चाहिए, नदी के पास लोग हैं", marker + " نحتاج إلى مساعدة قرب النهر",
				marker + " " + "Llegaron hombres armados al territorio, somos doce familias en la escuela. ".repeat(3));
		for (String text : texts) {
			kannel.phoneSends(phone, collective.number(), text);
		}
		List<InboundMessages.InboundSms> heard = Sent.awaitedSms(context(), (event) -> event.text().startsWith(marker),
				texts.size(), WAIT);
		assertThat(heard).extracting(InboundMessages.InboundSms::text).containsExactlyInAnyOrderElementsOf(texts);
		assertThat(heard).allSatisfy((event) -> {
			assertThat(event.collective()).isEqualTo(collective.id());
			assertThat(event.from()).isEqualTo(phone);
			assertThat(event.to()).isEqualTo(collective.number());
		});
		assertThat(texts.get(4)).hasSizeGreaterThan(160);
		assertThat(kannel.receivedContaining(marker, Duration.ofSeconds(1))).as("no automatic reply").isEmpty();
		String stored = jdbc().sql("select sealed_sender, sealed_text from inbound_message where id = ?")
			.param(heard.get(0).id())
			.query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)
					+ new String(rs.getBytes(2), StandardCharsets.ISO_8859_1))
			.single();
		assertThat(stored).doesNotContain(marker).doesNotContain(phone.substring(1));
	}

	@Test
	default void kannelsPostUrlGivesTheTextInTheCharsetItNames() throws Exception {
		Sent.Connected collective = connectedToNoGateway();
		String marker = Collectives.marker("post");
		String text = marker + " مساعدة नदी";
		HttpResponse<String> posted = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port() + "/sms/kannel/inbound?secret="
						+ RunningTejido.INBOUND_SECRET + "&from=%2B573001112233&to=" + encoded(collective.number())))
				.header("Content-Type", "text/plain; charset=\"UTF-16BE\"")
				.POST(HttpRequest.BodyPublishers.ofByteArray(text.getBytes(StandardCharsets.UTF_16BE)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(posted.statusCode()).isEqualTo(200);
		assertThat(posted.body()).isEmpty();
		assertThat(Sent.awaitedSms(context(), (event) -> event.text().startsWith(marker), 1, WAIT)).singleElement()
			.satisfies((event) -> {
				assertThat(event.text()).isEqualTo(text);
				assertThat(event.collective()).isEqualTo(collective.id());
			});
	}

	@Test
	default void aPostedTextOverTheLimitIsRefusedWith413AndNotKept() throws Exception {
		Sent.Connected collective = connectedToNoGateway();
		String id = UUID.randomUUID().toString();
		byte[] text = (Collectives.marker("big") + " " + "x".repeat(64 * 1024)).getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> posted = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI
					.create("http://localhost:" + port() + "/sms/kannel/inbound?secret=" + RunningTejido.INBOUND_SECRET
							+ "&from=%2B573001112233&to=" + encoded(collective.number()) + "&id=" + id))
				.header("Content-Type", "text/plain; charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofByteArray(text))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(posted.statusCode()).isEqualTo(413);
		assertThat(posted.body()).isEmpty();
		assertThat(jdbc().sql("select count(*) from inbound_message where gateway_id = ? or collective_id = ?")
			.params(id, collective.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	default void callsWithoutTheSecretAreRefusedAndKeepNothing() {
		long before = jdbc().sql("select count(*) from inbound_message").query(Long.class).single();
		String query = "&from=%2B573001112233&to=%2B573009998877&text=hola&charset=UTF-8";
		HttpResponse<String> missing = http().get("/sms/kannel/inbound?" + query.substring(1));
		HttpResponse<String> wrong = http().get("/sms/kannel/inbound?secret=guess" + query);
		HttpResponse<String> report = http()
			.get("/sms/kannel/delivery?secret=guess&id=" + UUID.randomUUID() + "&status=1");
		assertThat(List.of(missing, wrong, report)).allSatisfy((response) -> {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.body()).isEmpty();
			assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		});
		assertThat(jdbc().sql("select count(*) from inbound_message").query(Long.class).single()).isEqualTo(before);
		HttpResponse<String> right = http().get("/sms/kannel/inbound?secret=" + RunningTejido.INBOUND_SECRET + query);
		assertThat(right.statusCode()).isEqualTo(200);
		assertThat(right.body()).isEmpty();
		assertThat(right.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	default void anSmsKeptButNotAnnouncedBeforeACrashIsAnnouncedLater() {
		Sent.Connected collective = connectedToNoGateway();
		String marker = Collectives.marker("later");
		UUID id = UUID.randomUUID();
		jdbc()
			.sql("insert into inbound_message (id, collective_id, sender_index, sealed_sender, sealed_text,"
					+ " throttled, announced, received_at) values (?, ?, ?, ?, ?, false, false, ?)")
			.params(id, collective.id(), "index-" + id,
					keys().encrypt(collective.id(), "messaging.inbound.sender", "+573001112233"),
					keys().encrypt(collective.id(), "messaging.inbound.text", marker + " cut off by a crash"),
					OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
			.update();
		assertThat(Sent.awaitedSms(context(), (event) -> event.id().equals(id), 1, WAIT)).singleElement()
			.satisfies((event) -> {
				assertThat(event.text()).isEqualTo(marker + " cut off by a crash");
				assertThat(event.from()).isEqualTo("+573001112233");
				assertThat(event.to()).isEqualTo(collective.number());
				assertThat(event.collective()).isEqualTo(collective.id());
			});
		assertThat(jdbc().sql("select announced from inbound_message where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	default void aFloodFromOneNumberIsHeldBackWithoutHoldingBackOthers() {
		Sent.Connected collective = connectedToNoGateway();
		String flooder = Collectives.phone();
		String other = Collectives.phone();
		String marker = Collectives.marker("flood");
		for (int i = 0; i < 14; i++) {
			assertThat(inbound(flooder, collective.number(), marker + " flood " + i).statusCode()).isEqualTo(200);
		}
		assertThat(inbound(other, collective.number(), marker + " other").statusCode()).isEqualTo(200);
		Heard.sleep(500);
		List<InboundMessages.InboundSms> heard = Sent.heardSms(context(), (event) -> event.text().startsWith(marker));
		assertThat(heard).filteredOn((event) -> event.from().equals(flooder)).hasSize(10);
		assertThat(heard).filteredOn((event) -> event.from().equals(other)).hasSize(1);
		assertThat(jdbc().sql("select count(*) from inbound_message where collective_id = ? and throttled = true")
			.param(collective.id())
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	default void theSameSmsHandedOverTwiceByKannelIsTakenOnce() {
		Sent.Connected collective = connectedToNoGateway();
		String marker = Collectives.marker("twice");
		String id = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			assertThat(http()
				.get("/sms/kannel/inbound?secret=" + RunningTejido.INBOUND_SECRET + "&from=%2B573001112233&to="
						+ encoded(collective.number()) + "&text=" + marker + "&id=" + id)
				.statusCode()).isEqualTo(200);
		}
		Heard.sleep(300);
		assertThat(Sent.heardSms(context(), (event) -> event.text().equals(marker))).hasSize(1);
	}

	@Test
	default void whileTheGatewayIsDownMessagesWaitWithTheErrorAndGoOutOnceItIsBack() {
		Kannel kannel = kannel();
		Browser coordinator = coordinator();
		String home = Collectives.found(coordinator, "Gateway Caido");
		String number = Collectives.phone();
		setUp(coordinator, home, "http://127.0.0.1:" + Ports.free() + "/cgi-bin/sendsms", kannel.password(), number,
				20);
		String key = "test:" + UUID.randomUUID();
		String marker = Collectives.marker("down");
		outbox().queue(List.of(new Outgoing(key, Sent.collectiveOf(home), null, Channel.SMS, Collectives.phone(), null,
				marker + " while the gateway is down")));
		Delivery waiting = Sent
			.awaitStatus(outbox(), key, 1,
					(delivery) -> delivery.status() == DeliveryStatus.QUEUED && delivery.attempts() >= 2, WAIT)
			.get(0);
		assertThat(waiting.gatewayAnswer()).contains("unreachable").doesNotContain("127.0.0.1");
		assertThat(coordinator.get(home + "/channels").body()).contains("The gateway last answered");
		assertThat(kannel.receivedContaining(marker, Duration.ofMillis(200))).isEmpty();

		setUp(coordinator, home, kannel.sendsmsUrl(), "", number, 20);
		Sent.awaitStatus(outbox(), key, 1, MessagingContract::takenBySmsCentre, WAIT);
		Heard.sleep(1000);
		assertThat(kannel.receivedContaining(marker, WAIT)).hasSize(1);
	}

	@Test
	default void onceTheGatewayTakesAMessageAgainTheMessagesWaitingLongForItGoAtOnce() {
		Kannel kannel = kannel();
		Browser coordinator = coordinator();
		String home = Collectives.found(coordinator, "Gateway De Vuelta");
		String number = Collectives.phone();
		setUp(coordinator, home, "http://127.0.0.1:" + Ports.free() + "/cgi-bin/sendsms", kannel.password(), number,
				20);
		String first = "test:" + UUID.randomUUID();
		String later = "test:" + UUID.randomUUID();
		String marker = Collectives.marker("back");
		outbox().queue(List.of(
				new Outgoing(first, Sent.collectiveOf(home), null, Channel.SMS, Collectives.phone(), null,
						marker + " first"),
				new Outgoing(later, Sent.collectiveOf(home), null, Channel.SMS, Collectives.phone(), null,
						marker + " later")));
		for (String key : List.of(first, later)) {
			Sent.awaitStatus(outbox(), key, 1,
					(delivery) -> delivery.status() == DeliveryStatus.QUEUED && delivery.attempts() >= 1, WAIT);
		}
		waitsAnHourForItsNextAttempt(later);
		int attemptsBefore = outbox().deliveries(later).getFirst().attempts();

		setUp(coordinator, home, kannel.sendsmsUrl(), "", number, 20);
		assertThat(kannel.receivedContaining(marker + " first", WAIT)).hasSize(1);
		assertThat(kannel.receivedContaining(marker + " later", WAIT)).as("sent once the gateway took another message")
			.hasSize(1);
		assertThat(outbox().deliveries(later)).singleElement()
			.satisfies((delivery) -> assertThat(delivery.attempts()).isEqualTo(attemptsBefore + 1));
	}

	@Test
	default void aMessageLeftSendingByACrashIsSentAgainOnlyAfterTheGracePeriod() {
		Kannel kannel = kannel();
		Sent.Connected collective = connected(kannel, 20);
		String key = "test:" + UUID.randomUUID();
		String marker = Collectives.marker("crash");
		Instant crashedAt = Instant.now();
		transactions().executeWithoutResult((status) -> {
			outbox().queue(List.of(new Outgoing(key, collective.id(), null, Channel.SMS, Collectives.phone(), null,
					marker + " left half-sent")));
			leftSending(key, crashedAt);
		});
		Heard.sleep(3000);
		assertThat(kannel.receivedContaining(marker, Duration.ofMillis(100))).as("not sent again at once").isEmpty();
		assertThat(outbox().deliveries(key)).singleElement()
			.satisfies((delivery) -> assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENDING));
		Sent.awaitStatus(outbox(), key, 1, MessagingContract::takenBySmsCentre, WAIT);
		Heard.sleep(1000);
		assertThat(kannel.receivedContaining(marker, WAIT)).hasSize(1);
		assertThat(Duration.between(crashedAt, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(8));
	}

	@Test
	default void aMessageKannelTookBeforeACrashIsNotSentAgain() throws Exception {
		Kannel kannel = kannel();
		Sent.Connected collective = connected(kannel, 20);
		String key = "test:" + UUID.randomUUID();
		String marker = Collectives.marker("taken");
		String phone = Collectives.phone();
		String text = marker + " taken before the crash";
		transactions().executeWithoutResult((status) -> {
			outbox().queue(List.of(new Outgoing(key, collective.id(), null, Channel.SMS, phone, null, text)));
			leftSending(key, Instant.now());
		});
		UUID id = jdbc().sql("select id from outbound_message where message_key = ?")
			.param(key)
			.query(UUID.class)
			.single();
		String dlrUrl = "http://127.0.0.1:" + port() + "/sms/kannel/delivery?secret=" + RunningTejido.INBOUND_SECRET
				+ "&id=" + id + "&status=%d";
		assertThat(sendsmsAsTejidoWould(kannel, collective, phone, text, dlrUrl)).startsWith("0:");
		Sent.awaitStatus(outbox(), key, 1, MessagingContract::takenBySmsCentre, WAIT);
		Heard.sleep(10_000);
		assertThat(kannel.receivedContaining(marker, WAIT)).hasSize(1);
		assertThat(outbox().deliveries(key)).singleElement()
			.satisfies((delivery) -> assertThat(delivery.attempts()).isEqualTo(1));
	}

	@Test
	default void eMailGoesThroughTheMailServer() throws Exception {
		Browser coordinator = coordinator();
		UUID collective = Sent.collectiveOf(Collectives.found(coordinator, "Correo"));
		String address = "alerta" + System.nanoTime() + "@example.org";
		String key = "test:" + UUID.randomUUID();
		outbox().queue(List.of(new Outgoing(key, collective, null, Channel.EMAIL, address, "Alerta: río crecido",
				"Reúnanse en la escuela. नदी")));
		Sent.awaitStatus(outbox(), key, 1, (delivery) -> delivery.status() == DeliveryStatus.DELIVERED, WAIT);
		MimeMessage[] mails = Mailbox.messagesFor(address);
		assertThat(mails).hasSize(1);
		assertThat(mails[0].getSubject()).isEqualTo("Alerta: río crecido");
		assertThat(((String) mails[0].getContent()).strip()).isEqualTo("Reúnanse en la escuela. नदी");
	}

	@Test
	default void inboxMessagesAreSeenOnlyByTheirMember() {
		Browser coordinator = coordinator();
		String home = Collectives.found(coordinator, "Buzon");
		Browser ana = Collectives.member(http(), registry(), coordinator, home, "member", "Ana Inbox");
		Browser ally = Collectives.member(http(), registry(), coordinator, home, "ally", "Aliado Inbox");
		String anaId = CollectivesContract.memberId(coordinator.get(home + "/members").body(), "Ana Inbox");
		String key = "test:" + UUID.randomUUID();
		String marker = Collectives.marker("inbox");
		outbox().queue(List.of(new Outgoing(key, Sent.collectiveOf(home), UUID.fromString(anaId), Channel.INBOX, anaId,
				"Reunión", marker + " nos vemos en la maloca")));
		Sent.awaitStatus(outbox(), key, 1, (delivery) -> delivery.status() == DeliveryStatus.DELIVERED, WAIT);
		assertThat(ana.get(home + "/inbox").body()).contains(marker, "Reunión");
		assertThat(coordinator.get(home + "/inbox").body()).doesNotContain(marker).contains("No messages");
		assertThat(ally.get(home + "/inbox").body()).doesNotContain(marker);
		assertThat(Collectives.person(http(), registry()).get(home + "/inbox").statusCode()).isEqualTo(404);
		assertThat(jdbc().sql("select sealed_text from inbox_message where member_id = ?")
			.param(UUID.fromString(anaId))
			.query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.ISO_8859_1))
			.single()).doesNotContain(marker);
	}

	@Test
	default void smsLeaveAtTheCollectivesPace() {
		Kannel kannel = kannel();
		Sent.Connected collective = connected(kannel, 1);
		String prefix = "test:" + UUID.randomUUID() + ":";
		String marker = Collectives.marker("pace");
		outbox().queue(smsToNewNumbers(collective, prefix, 4, marker + " one a second "));
		Sent.awaitStatus(outbox(), prefix, 4, MessagingContract::takenByKannel, WAIT);
		List<OffsetDateTime> sent = sendingMomentsOf(prefix);
		assertThat(sent).hasSize(4).doesNotContainNull();
		assertThat(Duration.between(sent.get(0), sent.get(3))).isGreaterThanOrEqualTo(Duration.ofMillis(2500));
		assertThat(kannel.receivedContaining(marker, WAIT)).hasSize(4);
	}

	@Test
	default void smsOfACollectiveAtFivePerSecondAreNeverMoreThanFiveInAnySecond() {
		Kannel kannel = kannel();
		Sent.Connected collective = connected(kannel, 5);
		String prefix = "test:" + UUID.randomUUID() + ":";
		String marker = Collectives.marker("exact");
		outbox().queue(smsToNewNumbers(collective, prefix, 16, marker + " five a second "));
		Sent.awaitStatus(outbox(), prefix, 16, MessagingContract::takenByKannel, WAIT);
		List<OffsetDateTime> sent = sendingMomentsOf(prefix);
		assertThat(sent).hasSize(16).doesNotContainNull();
		for (int i = 5; i < sent.size(); i++) {
			// the database keeps microseconds: a window of exactly one second may lose
			// one
			assertThat(Duration.between(sent.get(i - 5), sent.get(i)))
				.as("the 1st and the 6th of six messages in a row, from the %d-th", i - 5)
				.isGreaterThanOrEqualTo(Duration.ofMillis(999));
		}
		assertThat(kannel.receivedContaining(marker, WAIT)).hasSize(16);
	}

	@Test
	default void messagesQueuedWhileTheDispatcherRestsLeaveWithoutWaitingForItsNextRound() {
		Kannel kannel = kannel();
		Sent.Connected collective = connected(kannel, 20);
		String prefix = "test:" + UUID.randomUUID() + ":";
		String marker = Collectives.marker("wake");
		List<Duration> waits = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			// long enough for the dispatcher to finish its round and rest until the next
			Heard.sleep(1100);
			String key = prefix + i;
			outbox().queue(List.of(new Outgoing(key, collective.id(), null, Channel.SMS, Collectives.phone(), null,
					marker + " at once " + i)));
			Sent.awaitStatus(outbox(), key, 1, MessagingContract::takenByKannel, WAIT);
			waits.add(jdbc().sql(
					"select created_at, sending_since from outbound_message join outbound_state using (id) where message_key = ?")
				.param(key)
				.query((row, n) -> Duration.between(row.getObject(1, OffsetDateTime.class),
						row.getObject(2, OffsetDateTime.class)))
				.single());
		}
		// Waiting for the next round (the job rests 1 s, the scheduler looks every 2 s)
		// would
		// claim most of them after more than a second; one slow moment of a busy machine
		// is
		// allowed.
		assertThat(waits).as("from queued to claimed")
			.filteredOn((waited) -> waited.compareTo(Duration.ofSeconds(1)) < 0)
			.hasSizeGreaterThanOrEqualTo(4);
		assertThat(kannel.receivedContaining(marker, WAIT)).hasSize(5);
	}

	@Test
	default void everyMessageOfAFanOutIsSentOnceAndAnnouncedOncePerStatus() {
		Kannel kannel = kannel();
		Sent.Connected collective = connected(kannel, 1000);
		String prefix = "test:" + UUID.randomUUID() + ":";
		String marker = Collectives.marker("batch");
		outbox().queue(smsToNewNumbers(collective, prefix, 120, marker + " batch "));
		Sent.awaitStatus(outbox(), prefix, 120, (delivery) -> delivery.status() == DeliveryStatus.DELIVERED, WAIT);
		assertThat(jdbc().sql(
				"select count(*) from outbound_message join outbound_state using (id) where message_key like ? and attempts = 1")
			.param(prefix + "%")
			.query(Long.class)
			.single()).isEqualTo(120);
		for (int i = 0; i < 120; i++) {
			String key = prefix + i;
			assertThat(Heard.of(context(), DeliveryReported.class, (event) -> event.key().equals(key)))
				.extracting(DeliveryReported::status)
				.as("events of %s", key)
				.doesNotHaveDuplicates()
				.contains(DeliveryStatus.DELIVERED);
		}
		assertThat(kannel.receivedContaining(marker, WAIT)).hasSize(120);
	}

	@Test
	default void oneTextToManyMembersGoesToKannelInBundlesAndEachReportFindsItsMessage() {
		Kannel kannel = kannel();
		Sent.Connected collective = connected(kannel, 1000);
		String prefix = "test:" + UUID.randomUUID() + ":";
		String marker = Collectives.marker("bundle");
		String shared = Collectives.phone();
		List<String> phones = new java.util.ArrayList<>(
				java.util.stream.IntStream.range(0, 119).mapToObj((i) -> Collectives.phone()).toList());
		phones.add(60, shared);
		phones.set(0, shared);
		outbox().queue(java.util.stream.IntStream.range(0, 120)
			.mapToObj((i) -> new Outgoing(prefix + i, collective.id(), null, Channel.SMS, phones.get(i), null,
					marker + " ALERT river rising, meet at the school"))
			.toList());

		Sent.awaitStatus(outbox(), prefix, 120, (delivery) -> delivery.status() == DeliveryStatus.DELIVERED, WAIT);
		assertThat(jdbc().sql(
				"select count(*) from outbound_message join outbound_state using (id) where message_key like ? and attempts = 1")
			.param(prefix + "%")
			.query(Long.class)
			.single()).as("each sent once").isEqualTo(120);
		List<UUID> bundles = jdbc()
			.sql("select bundle_id from outbound_message join outbound_state using (id) where message_key like ?")
			.param(prefix + "%")
			.query(UUID.class)
			.list();
		assertThat(bundles).as("every message went in a bundle").doesNotContainNull();
		assertThat(new java.util.HashSet<>(bundles)).as("a call for up to 50 numbers").hasSizeBetween(3, 5);
		assertThat(jdbc().sql(
				"select count(distinct bundle_id) from outbound_message join outbound_state using (id) where message_key in (?, ?)")
			.params(prefix + "0", prefix + "60")
			.query(Long.class)
			.single()).as("the phone two members share, in two calls").isEqualTo(2);
		Heard.sleep(1000);
		List<Kannel.Sms> received = kannel.receivedContaining(marker, WAIT);
		assertThat(received).hasSize(120);
		assertThat(received).filteredOn((sms) -> sms.to().equals(shared)).hasSize(2);
		assertThat(received).extracting(Kannel.Sms::to).containsExactlyInAnyOrderElementsOf(phones);
	}

	@Test
	default void aBundleKannelTookBeforeACrashIsNotSentAgain() throws Exception {
		Kannel kannel = kannel();
		Sent.Connected collective = connected(kannel, 20);
		String prefix = "test:" + UUID.randomUUID() + ":";
		String marker = Collectives.marker("bundled");
		String text = marker + " taken in one call before the crash";
		List<String> phones = List.of(Collectives.phone(), Collectives.phone(), Collectives.phone());
		UUID bundle = UUID.randomUUID();
		transactions().executeWithoutResult((status) -> {
			outbox().queue(java.util.stream.IntStream.range(0, 3)
				.mapToObj(
						(i) -> new Outgoing(prefix + i, collective.id(), null, Channel.SMS, phones.get(i), null, text))
				.toList());
			for (int i = 0; i < 3; i++) {
				leftSending(prefix + i, Instant.now());
			}
			jdbc()
				.sql("update outbound_state set bundle_id = ?"
						+ " where id in (select id from outbound_message where message_key like ?)")
				.params(bundle, prefix + "%")
				.update();
		});
		String dlrUrl = "http://127.0.0.1:" + port() + "/sms/kannel/delivery?secret=" + RunningTejido.INBOUND_SECRET
				+ "&bundle=" + bundle + "&to=%p&status=%d";
		String report = "/sms/kannel/delivery?secret=" + RunningTejido.INBOUND_SECRET + "&status=1";
		assertThat(http().get(report + "&bundle=" + bundle + "&to=" + encoded("+15550000000")).statusCode())
			.as("a number not in the bundle")
			.isEqualTo(200);
		assertThat(http().get(report + "&bundle=" + UUID.randomUUID() + "&to=" + encoded(phones.get(0))).statusCode())
			.as("a bundle no message is in")
			.isEqualTo(200);
		assertThat(http().get(report + "&bundle=not-a-bundle&to=" + encoded(phones.get(0))).statusCode())
			.as("a bundle that is no id")
			.isEqualTo(200);
		assertThat(outbox().deliveries(prefix)).as("none of those moved a message")
			.extracting(Delivery::status)
			.containsOnly(DeliveryStatus.SENDING);
		assertThat(sendsmsAsTejidoWould(kannel, collective, String.join(" ", phones), text, dlrUrl)).startsWith("0:");

		Sent.awaitStatus(outbox(), prefix, 3, (delivery) -> delivery.status() == DeliveryStatus.DELIVERED, WAIT);
		Heard.sleep(10_000);
		assertThat(kannel.receivedContaining(marker, WAIT)).extracting(Kannel.Sms::to)
			.containsExactlyInAnyOrderElementsOf(phones);
		assertThat(outbox().deliveries(prefix)).hasSize(3)
			.allSatisfy((delivery) -> assertThat(delivery.attempts()).isEqualTo(1));
	}

	@Test
	default void oneCollectivesLongFanOutDoesNotHoldBackAnothersMessages() {
		Kannel kannel = kannel();
		Sent.Connected busy = connected(kannel, 1000);
		Sent.Connected other = connected(kannel, 1000);
		String prefix = "test:" + UUID.randomUUID() + ":";
		String marker = Collectives.marker("turns");
		outbox().queue(smsToNewNumbers(busy, prefix + "busy:", 600, marker + " fan-out "));
		outbox().queue(List.of(new Outgoing(prefix + "other", other.id(), null, Channel.SMS, Collectives.phone(), null,
				marker + " another collective's alert")));
		Sent.awaitStatus(outbox(), prefix, 601, MessagingContract::takenByKannel, WAIT);
		record Times(OffsetDateTime queued, OffsetDateTime sent) {
		}
		Times otherTimes = jdbc()
			.sql("select created_at, sending_since from outbound_message join outbound_state using (id)"
					+ " where message_key = ?")
			.param(prefix + "other")
			.query((row, n) -> new Times(row.getObject("created_at", OffsetDateTime.class),
					row.getObject("sending_since", OffsetDateTime.class)))
			.single();
		String busySentAfter = "select count(*) from outbound_message join outbound_state using (id)"
				+ " where message_key like ? and sending_since > ?";
		String busySentBetween = busySentAfter + " and sending_since < ?";
		assertThat(jdbc().sql(busySentAfter).params(prefix + "busy:%", otherTimes.queued()).query(Long.class).single())
			.as("the fan-out was still going when the other collective's message was queued")
			.isGreaterThanOrEqualTo(200);
		assertThat(jdbc().sql(busySentBetween)
			.params(prefix + "busy:%", otherTimes.queued(), otherTimes.sent())
			.query(Long.class)
			.single())
			.as("messages of the fan-out handed over between the other's being queued and sent: the batch"
					+ " being claimed then, at most")
			.isLessThanOrEqualTo(200);
		Instant end = Instant.now().plus(WAIT);
		while (kannel.receivedContaining(marker, Duration.ZERO).size() < 601 && Instant.now().isBefore(end)) {
			Heard.sleep(200);
		}
		assertThat(kannel.receivedContaining(marker, Duration.ZERO)).hasSize(601);
	}

	@Test
	default void deletingACollectiveDeletesItsChannelAndMessages() {
		Browser coordinator = coordinator();
		String home = Collectives.found(coordinator, "Borrado");
		setUp(coordinator, home, "http://127.0.0.1:" + Ports.free() + "/cgi-bin/sendsms", "pw", Collectives.phone(), 1);
		UUID collective = Sent.collectiveOf(home);
		String key = "test:" + UUID.randomUUID();
		outbox().queue(
				List.of(new Outgoing(key, collective, null, Channel.SMS, Collectives.phone(), null, "to be deleted")));
		UUID queued = jdbc().sql("select id from outbound_message where message_key = ?")
			.param(key)
			.query(UUID.class)
			.single();
		inbound("+573001112233", channelNumber(coordinator, home), "to be deleted too");
		coordinator.get(home + "/delete");
		assertThat(coordinator.submit(home + "/delete", "confirmation", "Borrado").statusCode()).isEqualTo(302);
		for (String table : List.of("messaging_channel", "outbound_message", "inbound_message", "inbox_message")) {
			assertThat(jdbc().sql("select count(*) from " + table + " where collective_id = ?")
				.param(collective)
				.query(Long.class)
				.single()).as(table).isZero();
		}
		assertThat(
				jdbc().sql("select count(*) from outbound_state where id = ?").param(queued).query(Long.class).single())
			.as("where the deleted message stood")
			.isZero();
	}

	@Test
	default void messagingPagesFitTheFirstRoundTripAreValidAndNeverStored() throws Exception {
		Browser coordinator = coordinator();
		String home = Collectives.found(coordinator, "Paginas de Mensajes");
		setUp(coordinator, home, "http://127.0.0.1:13013/cgi-bin/sendsms", "secret", Collectives.phone(), 5);
		for (Lang lang : Lang.values()) {
			for (String path : List.of(home + "/channels", home + "/inbox")) {
				String localised = "/" + lang.code() + path.substring(3);
				HttpResponse<byte[]> page = coordinator.getBytes(localised, "Accept-Encoding", "gzip");
				assertThat(page.statusCode()).as(localised).isEqualTo(200);
				assertThat(page.body().length).as(localised)
					.isLessThanOrEqualTo(SitePagesContract.FIRST_ROUND_TRIP_BYTES);
				assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
				String html = Http.gunzip(page.body());
				assertThat(html).doesNotContain("<script");
				if (lang == Lang.EN || lang == Lang.ES) {
					assertThat(HtmlValidator.errorsIn(html)).as(localised).isEmpty();
				}
			}
		}
	}

	private Kannel kannel() {
		Assumptions.assumeTrue(Kannel.isInstalled() || System.getenv("TEJIDO_TESTS_NEED_KANNEL") != null,
				"Kannel is not installed (apt-get install kannel kannel-extras)");
		return Kannel.forTejidoAt(port(), RunningTejido.INBOUND_SECRET);
	}

	/** A collective whose gateway is the test Kannel. */
	private Sent.Connected connected(Kannel kannel, int perSecond) {
		Browser coordinator = coordinator();
		String home = Collectives.found(coordinator, "Conectado");
		String number = Collectives.phone();
		setUp(coordinator, home, kannel.sendsmsUrl(), kannel.password(), number, perSecond);
		return new Sent.Connected(Sent.collectiveOf(home), number);
	}

	/** A collective with a number, whose gateway is not there. */
	private Sent.Connected connectedToNoGateway() {
		Browser coordinator = coordinator();
		String home = Collectives.found(coordinator, "Numero");
		String number = Collectives.phone();
		setUp(coordinator, home, "http://127.0.0.1:" + Ports.free() + "/cgi-bin/sendsms", "pw", number, 1);
		return new Sent.Connected(Sent.collectiveOf(home), number);
	}

	private static void setUp(Browser coordinator, String home, String url, String password, String number,
			int perSecond) {
		coordinator.get(home + "/channels");
		HttpResponse<String> saved = coordinator.submit(home + "/channels", "url", url, "username", "tejido",
				"password", password, "number", number, "per_second", String.valueOf(perSecond));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
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

	private TransactionTemplate transactions() {
		return new TransactionTemplate(context().getBean(PlatformTransactionManager.class));
	}

	/**
	 * Calls Kannel's sendsms as Tejido does, with this delivery report URL; gives the
	 * answer.
	 */
	private String sendsmsAsTejidoWould(Kannel kannel, Sent.Connected collective, String to, String text, String dlrUrl)
			throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(kannel.sendsmsUrl() + "?username=tejido&password="
					+ kannel.password() + "&from=" + encoded(collective.number()) + "&to=" + encoded(to) + "&text="
					+ encoded(text) + "&charset=UTF-8&dlr-mask=31&dlr-url=" + encoded(dlrUrl)))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	/**
	 * Puts the message's next attempt an hour ahead, as after many attempts at an
	 * unreachable gateway; waits while the dispatcher is trying it.
	 */
	private void waitsAnHourForItsNextAttempt(String key) {
		Instant end = Instant.now().plus(WAIT);
		while (jdbc()
			.sql("update outbound_state set next_attempt_at = ?, version = version + 1 where status = 'QUEUED'"
					+ " and id = (select id from outbound_message where message_key = ?)")
			.params(OffsetDateTime.ofInstant(Instant.now().plus(Duration.ofHours(1)), ZoneOffset.UTC), key)
			.update() == 0) {
			assertThat(Instant.now()).as("the message stays queued").isBefore(end);
			Heard.sleep(20);
		}
	}

	/**
	 * SMS of the collective, one to each of {@code count} new numbers: keys
	 * {@code prefix + i}, texts {@code text + i}.
	 */
	private static List<Outgoing> smsToNewNumbers(Sent.Connected collective, String prefix, int count, String text) {
		return java.util.stream.IntStream.range(0, count)
			.mapToObj((i) -> new Outgoing(prefix + i, collective.id(), null, Channel.SMS, Collectives.phone(), null,
					text + i))
			.toList();
	}

	/** Whether the SMS centre has taken the message, or it has gone further. */
	private static boolean takenBySmsCentre(Delivery delivery) {
		return delivery.status().ordinal() >= DeliveryStatus.SUBMITTED.ordinal();
	}

	/** Whether Kannel has taken the message, or it has gone further. */
	private static boolean takenByKannel(Delivery delivery) {
		return delivery.status().ordinal() >= DeliveryStatus.ACCEPTED.ordinal();
	}

	/**
	 * When each message whose key starts with the prefix was marked as sending, in order.
	 */
	private List<OffsetDateTime> sendingMomentsOf(String prefix) {
		return jdbc()
			.sql("select sending_since from outbound_message join outbound_state using (id)"
					+ " where message_key like ? order by sending_since")
			.param(prefix + "%")
			.query(OffsetDateTime.class)
			.list();
	}

	private void leftSending(String key, Instant at) {
		jdbc()
			.sql("update outbound_state set status = 'SENDING', attempts = 1, sending_since = ?,"
					+ " next_attempt_at = ? where id = (select id from outbound_message where message_key = ?)")
			.params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
					OffsetDateTime.ofInstant(at.plusSeconds(8), ZoneOffset.UTC), key)
			.update();
	}

	private HttpResponse<String> inbound(String from, String to, String text) {
		return http().get("/sms/kannel/inbound?secret=" + RunningTejido.INBOUND_SECRET + "&from=" + encoded(from)
				+ "&to=" + encoded(to) + "&text=" + encoded(text) + "&charset=UTF-8");
	}

	private static String channelNumber(Browser coordinator, String home) {
		java.util.regex.Matcher number = java.util.regex.Pattern.compile("id=\"number\"[^>]*value=\"([^\"]+)\"")
			.matcher(coordinator.get(home + "/channels").body());
		assertThat(number.find()).isTrue();
		return number.group(1);
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
