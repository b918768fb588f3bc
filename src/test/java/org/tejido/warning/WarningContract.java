package org.tejido.warning;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.DatabaseDump;
import org.tejido.support.Http;
import org.tejido.support.Mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The early-warning network through the pages and e-mail: protocols and their refusals,
 * templates, reporting, acknowledging by link, escalation when nobody answers, closing,
 * CAP; and the same walls between collectives and roles as everywhere else.
 */
public interface WarningContract {

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	@Test
	default void protocolsRefuseTiersThatReachNobodyHaveNoChannelOrGoRoundInALoop() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Protocolo Norte");
		String protocol = Protocols.newProtocol(coordinator, home, "Amenazas");
		coordinator.get(protocol);
		HttpResponse<String> nobody = coordinator.submit(protocol + "/tiers", "channel", "sms", "wait", "10");
		assertThat(nobody.statusCode()).isEqualTo(422);
		assertThat(nobody.body()).contains("reaches nobody");
		HttpResponse<String> noChannel = coordinator.submit(protocol + "/tiers", "target", "coordinators", "wait",
				"10");
		assertThat(noChannel.statusCode()).isEqualTo(422);
		assertThat(noChannel.body()).contains("at least one channel");
		assertThat(coordinator.submit(protocol + "/tiers", "target", "coordinators", "channel", "inbox", "wait", "10")
			.statusCode()).isEqualTo(302);
		coordinator.get(protocol);
		HttpResponse<String> loop = coordinator.submit(protocol + "/tiers", "target", "coordinators", "channel", "sms",
				"wait", "10");
		assertThat(loop.statusCode()).isEqualTo(422);
		assertThat(loop.body()).contains("loop");
		assertThat(coordinator.get(protocol).body()).contains("1 person by inbox, 10 minutes to answer")
			.doesNotContain("by sms");
	}

	@Test
	default void templatesSayHowManySmsTheyTakeAndLongerThanTheLimitIsRefused() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Plantillas");
		coordinator.get(home + "/templates?in=es");
		HttpResponse<String> noCode = coordinator.submit(home + "/templates", "in", "es", "kind", "alert", "text",
				"ALERTA en [place]", "max_parts", "1");
		assertThat(noCode.statusCode()).isEqualTo(422);
		HttpResponse<String> tooLong = coordinator.submit(home + "/templates", "in", "es", "kind", "alert", "text",
				"ALERTA [code] " + "palabra ".repeat(40), "max_parts", "1");
		assertThat(tooLong.statusCode()).isEqualTo(422);
		assertThat(tooLong.body()).contains("3 SMS", "limit of 1");
		HttpResponse<String> saved = coordinator.submit(home + "/templates", "in", "es", "kind", "alert", "text",
				"ALERTA [code]: [category] en [place]. Responda OK [code]", "max_parts", "2");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(coordinator.get(home + "/templates?in=es").body()).contains("Responda OK [code]", "ALERTA 4821:");
	}

	@Test
	default void aReportTellsTheFirstTierAndAnAcknowledgementByLinkStopsTheEscalation() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Vereda Alerta");
		String email = Collectives.marker("guard").toLowerCase() + "@example.org";
		String guard = Collectives.addContact(coordinator, home, "Guardia Julio", "", email, "member");
		String group = formGroup(coordinator, home, "Guardia");
		coordinator.get(group);
		coordinator.submit(group + "/members", "member", guard);
		String protocol = Protocols.newProtocol(coordinator, home, "Todo");
		Protocols.addTier(coordinator, protocol, "target", "group:" + group.substring(group.lastIndexOf('/') + 1),
				"channel", "email", "wait", "30");
		Protocols.addTier(coordinator, protocol, "target", "coordinators", "channel", "inbox", "wait", "30");

		Browser reporter = Collectives.member(http(), registry(), coordinator, home, "member", "Doña Inés");
		String alert = report(reporter, home, "strangers", "high", "el puente", "dos camionetas sin placas");
		assertThat(reporter.get(alert).body()).contains("tier 1 of 2 told", "Doña Inés", "el puente");

		MimeMessage[] mail = Mailbox.messagesFor(email);
		assertThat(mail).hasSize(1);
		String body = mail[0].getContent().toString();
		Matcher link = Pattern.compile("http://[^/]+(/en/ack/[0-9a-f-]+/[0-9a-f-]+/[0-9a-f]+)").matcher(body);
		assertThat(link.find()).as(body).isTrue();
		String code = mail[0].getSubject().replaceAll("\\D", "");
		assertThat(body).contains(code, "el puente");

		Browser guardsPhone = new Browser(http());
		assertThat(guardsPhone.get(link.group(1)).body()).contains("Have you seen alert " + code);
		String path = link.group(1);
		String tampered = path.substring(0, path.length() - 1) + (path.endsWith("0") ? "1" : "0");
		assertThat(guardsPhone.get(tampered).statusCode()).isEqualTo(404);
		assertThat(alertTimeline(coordinator, alert)).doesNotContain("acknowledged by");
		HttpResponse<String> acknowledged = guardsPhone.post(path, "");
		assertThat(acknowledged.statusCode()).isEqualTo(200);
		assertThat(alertTimeline(coordinator, alert)).contains("acknowledged by Guardia Julio");

		Protocols.passDeadline(jdbc(), alert, 1);
		await().during(Duration.ofSeconds(4))
			.atMost(Duration.ofSeconds(6))
			.until(() -> !alertTimeline(coordinator, alert).contains("escalated"));
	}

	@Test
	default void whenNobodyAnswersInTimeTheNextTierIsCalledAndClosingTellsEveryone() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Loma Escalada");
		String first = Collectives.marker("first").toLowerCase() + "@example.org";
		String second = Collectives.marker("second").toLowerCase() + "@example.org";
		String firstId = Collectives.addContact(coordinator, home, "Primera Línea", "", first, "member");
		String secondId = Collectives.addContact(coordinator, home, "Abogada Aliada", "", second, "member");
		String protocol = Protocols.newProtocol(coordinator, home, "Escalada");
		Protocols.addTier(coordinator, protocol, "target", "member:" + firstId, "channel", "email", "wait", "20");
		Protocols.addTier(coordinator, protocol, "target", "member:" + secondId, "channel", "email", "wait", "20",
				"level", "national");
		String alert = report(coordinator, home, "threat", "critical", "la escuela", "grafiti con amenazas");
		assertThat(Mailbox.messagesFor(first)).hasSize(1);
		assertThat(Mailbox.messagesFor(second)).isEmpty();

		Protocols.passDeadline(jdbc(), alert, 1);
		await().atMost(Duration.ofSeconds(15)).until(() -> Mailbox.messagesFor(second).length == 1);
		String timeline = alertTimeline(coordinator, alert);
		assertThat(timeline).contains("nobody acknowledged in time", "escalated", "tier 2 of 2 told");

		coordinator.get(alert);
		coordinator.submit(alert + "/close", "note", "la comunidad está a salvo");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> Mailbox.messagesFor(first).length == 2 && Mailbox.messagesFor(second).length == 2);
		assertThat(Mailbox.messagesFor(second)[1].getContent().toString()).contains("closed", "a salvo");
		assertThat(alertTimeline(coordinator, alert)).contains("closed");
	}

	@Test
	default void updatesAndClosureReachEachTierByItsOwnChannelsAndALongClosingNoteIsRefused() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Canales Propios");
		String near = Collectives.marker("bymail").toLowerCase() + "@example.org";
		String far = Collectives.marker("byinbox").toLowerCase() + "@example.org";
		String nearId = Collectives.addContact(coordinator, home, "Por Correo", "", near, "member");
		String farId = Collectives.addContact(coordinator, home, "Por Bandeja", "", far, "member");
		String protocol = Protocols.newProtocol(coordinator, home, "Cada uno");
		Protocols.addTier(coordinator, protocol, "target", "member:" + nearId, "channel", "email", "wait", "30");
		Protocols.addTier(coordinator, protocol, "target", "member:" + farId, "channel", "inbox", "wait", "30");
		String alert = report(coordinator, home, "extraction", "high", "la quebrada", "llegaron dragas");
		coordinator.get(alert);
		coordinator.submit(alert + "/escalate");

		coordinator.get(alert);
		HttpResponse<String> tooLong = coordinator.submit(alert + "/close", "note", "x".repeat(301));
		assertThat(tooLong.statusCode()).isEqualTo(422);
		assertThat(coordinator.get(alert).body()).contains("tier 2 of 2 told");

		coordinator.submit(alert + "/close", "note", "las dragas se fueron");
		await().atMost(Duration.ofSeconds(10)).until(() -> Mailbox.messagesFor(near).length == 2);
		assertThat(jdbc().sql("select channel, count(*) from outbound_message where recipient_id = ? group by channel")
			.param(java.util.UUID.fromString(farId))
			.query((row, n) -> row.getString(1) + "=" + row.getLong(2))
			.list()).as("the second tier hears of the closure only in its inbox").containsExactly("INBOX=2");
	}

	@Test
	default void coordinatorsEscalateAtOnceOrHoldTheEscalation() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Mando Manual");
		String near = Collectives.marker("near").toLowerCase() + "@example.org";
		String far = Collectives.marker("far").toLowerCase() + "@example.org";
		String nearId = Collectives.addContact(coordinator, home, "Cerca", "", near, "member");
		String farId = Collectives.addContact(coordinator, home, "Lejos", "", far, "member");
		String protocol = Protocols.newProtocol(coordinator, home, "Manual");
		Protocols.addTier(coordinator, protocol, "target", "member:" + nearId, "channel", "email", "wait", "30");
		Protocols.addTier(coordinator, protocol, "target", "member:" + farId, "channel", "email", "wait", "30");

		String escalated = report(coordinator, home, "attack", "high", "el cruce", "quemaron la caseta");
		coordinator.get(escalated);
		assertThat(coordinator.submit(escalated + "/escalate").statusCode()).isEqualTo(302);
		assertThat(Mailbox.messagesFor(far)).hasSize(1);
		assertThat(coordinator.get(escalated).body()).contains("tier 2 of 2 told", "escalated");
		HttpResponse<String> noMore = coordinator.submit(escalated + "/escalate");
		assertThat(noMore.statusCode()).isEqualTo(422);
		assertThat(noMore.body()).contains("Every tier of the protocol has been called");

		String held = report(coordinator, home, "threat", "critical", "la cancha", "llamada amenazante");
		coordinator.get(held);
		coordinator.submit(held + "/hold");
		assertThat(coordinator.get(held).body()).contains("escalation held", "high");
		Protocols.passDeadline(jdbc(), held, 1);
		await().during(Duration.ofSeconds(4))
			.atMost(Duration.ofSeconds(6))
			.until(() -> !coordinator.get(held).body().contains("tier 2 of 2"));
		assertThat(Mailbox.messagesFor(far)).hasSize(1);
	}

	@Test
	default void alliesReportButSeeNoAlertsAndStrangersSeeNothing() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Cerco Aliado");
		Browser ally = Collectives.member(http(), registry(), coordinator, home, "ally", "Defensoría");
		String alert = report(ally, home, "arrest", "high", "la inspección", "detuvieron a dos líderes");
		assertThat(ally.get(home + "/alerts").statusCode()).isEqualTo(403);
		assertThat(ally.get(alert).statusCode()).isEqualTo(403);
		assertThat(coordinator.get(alert).body()).contains("Defensoría", "detuvieron a dos líderes");
		ally.get("/en/account");
		assertThat(ally.submit(alert + "/close").statusCode()).isEqualTo(403);

		Browser stranger = Collectives.coordinator(http(), registry());
		for (String path : List.of(home + "/alerts", alert, alert + "/cap.xml", home + "/protocols",
				home + "/templates", home + "/alerts/new")) {
			assertThat(stranger.get(path).statusCode()).as(path).isEqualTo(404);
		}
		stranger.get("/en/account");
		assertThat(stranger.submit(alert + "/ack").statusCode()).isEqualTo(404);
	}

	@Test
	default void capExportCarriesTheAlertWithTheLocationAsPreciseAsTheCollectiveChose() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "CAP Sur");
		coordinator.get(home + "/alerts/new");
		HttpResponse<String> reported = coordinator.submit(home + "/alerts", "category", "extraction", "severity",
				"critical", "place", "quebrada honda", "position", "2.444812, -76.614731", "text", "retroexcavadoras");
		String alert = Collectives.location(reported);
		String cap = coordinator.get(alert + "/cap.xml").body();
		assertThat(cap).contains("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">", "<status>Actual</status>",
				"<msgType>Alert</msgType>", "<scope>Restricted</scope>", "<category>Env</category>",
				"<severity>Extreme</severity>", "<urgency>Immediate</urgency>", "<certainty>Observed</certainty>",
				"<areaDesc>quebrada honda</areaDesc>", "<circle>2.4,-76.6 10</circle>");
		assertThat(cap).containsPattern("<sent>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00</sent>");
		coordinator.get(home + "/protocols");
		coordinator.submit(home + "/protocols/sharing", "precision", "none");
		assertThat(coordinator.get(alert + "/cap.xml").body()).doesNotContain("quebrada honda")
			.doesNotContain("<circle>")
			.doesNotContain("2.44");
		coordinator.get(home + "/protocols");
		coordinator.submit(home + "/protocols/sharing", "precision", "exact");
		assertThat(coordinator.get(alert + "/cap.xml").body()).contains("<circle>2.444812,-76.614731 0</circle>");
	}

	@Test
	default void badReportsAreRefusedWithTheReasonAndNothingIsRaised() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Reportes Malos");
		String[][] cases = { { "", "high", "x", "", "Choose what is happening" },
				{ "threat", "high", "", "", "Say what you saw or where" },
				{ "threat", "high", "río", "91, 10", "latitude" }, { "threat", "high", "río", "NaN, 10", "latitude" },
				{ "threat", "extreme", "río", "", "how serious" } };
		for (String[] bad : cases) {
			coordinator.get(home + "/alerts/new");
			HttpResponse<String> refused = coordinator.submit(home + "/alerts", "category", bad[0], "severity", bad[1],
					"place", bad[2], "position", bad[3]);
			assertThat(refused.statusCode()).isEqualTo(422);
			assertThat(refused.body()).contains(bad[4]);
		}
		assertThat(coordinator.get(home + "/alerts").body()).contains("No alerts yet");
	}

	@Test
	default void anAlertsPlaceAndWordsAreNotReadableInTheDatabase() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Sellado");
		String place = Collectives.marker("place");
		String words = Collectives.marker("words");
		coordinator.get(home + "/alerts/new");
		String alert = Collectives.location(coordinator.submit(home + "/alerts", "category", "attack", "severity",
				"high", "place", place, "position", "1.234567, -77.654321", "text", words));
		coordinator.get(alert);
		coordinator.submit(alert + "/update", "text", words + " update");
		assertThat(coordinator.get(alert).body()).contains(place, words, "1.234567");
		String dump = DatabaseDump.of(jdbc());
		assertThat(dump).doesNotContain(place).doesNotContain(words).doesNotContain("1.234567");
	}

	@Test
	default void everyWarningPageFitsTheFirstRoundTripAndIsValid() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Páginas de alerta");
		Collectives.addContact(coordinator, home, "Vigía", "", "vigia@example.org", "member");
		String protocol = Protocols.newProtocol(coordinator, home, "General");
		Protocols.addTier(coordinator, protocol, "target", "members", "channel", "email", "wait", "30");
		String alert = report(coordinator, home, "eviction", "high", "la loma", "llegó una orden de desalojo");
		coordinator.get(alert);
		coordinator.submit(alert + "/update", "text", "la policía está en la entrada");
		for (org.tejido.site.Lang lang : org.tejido.site.Lang.values()) {
			for (String path : List.of(home + "/alerts", home + "/alerts/new", alert, home + "/protocols", protocol,
					home + "/templates")) {
				String localised = "/" + lang.code() + path.substring(3);
				HttpResponse<byte[]> page = coordinator.getBytes(localised, "Accept-Encoding", "gzip");
				assertThat(page.statusCode()).as(localised).isEqualTo(200);
				assertThat(page.body().length).as(localised)
					.isLessThanOrEqualTo(org.tejido.site.SitePagesContract.FIRST_ROUND_TRIP_BYTES);
				String html = Http.gunzip(page.body());
				assertThat(html).as(localised).contains("<p class=\"leave\">").doesNotContain("<script");
				if (lang == org.tejido.site.Lang.EN || lang == org.tejido.site.Lang.FR) {
					assertThat(org.tejido.support.HtmlValidator.errorsIn(html)).as(localised).isEmpty();
				}
			}
		}
	}

	private static String report(Browser browser, String home, String category, String severity, String place,
			String text) {
		browser.get(home + "/alerts/new");
		HttpResponse<String> reported = browser.submit(home + "/alerts", "category", category, "severity", severity,
				"place", place, "text", text);
		assertThat(reported.statusCode()).as(reported.body()).isEqualTo(302);
		return Collectives.location(reported);
	}

	private static String formGroup(Browser coordinator, String home, String name) {
		coordinator.get(home + "/groups");
		return Collectives.location(coordinator.submit(home + "/groups", "name", name));
	}

	private static String alertTimeline(Browser browser, String alert) {
		return browser.get(alert).body();
	}

}
