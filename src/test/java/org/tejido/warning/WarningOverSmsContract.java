package org.tejido.warning;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.Http;
import org.tejido.support.Kannel;
import org.tejido.support.Mailbox;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The early-warning network end to end through a real Kannel: a member's SMS raises an
 * alert, the first tier gets SMS and e-mail, nobody answers, the second tier is called,
 * an {@code OK} reply by SMS stops the escalation and shows in the timeline; and what
 * happens with texts that are not alerts.
 */
public interface WarningOverSmsContract {

	Duration WAIT = Duration.ofSeconds(30);

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	int port();

	@AfterAll
	static void stopKannel() {
		Kannel.stopAll();
	}

	@Test
	default void anSmsReportIsEscalatedUntilAnOkReplyBySmsStopsIt() throws Exception {
		Kannel kannel = kannel();
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Alerta Temprana");
		String number = connect(coordinator, home, kannel);
		String reporter = Collectives.phone();
		String first = Collectives.phone();
		String firstMail = Collectives.marker("tierone").toLowerCase() + "@example.org";
		String second = Collectives.phone();
		String third = Collectives.phone();
		String reporterId = Collectives.addContact(coordinator, home, "Reportera", reporter, "", "member");
		String firstId = Collectives.addContact(coordinator, home, "Primer Anillo", first, firstMail, "member");
		String secondId = Collectives.addContact(coordinator, home, "Organización Regional", second, "", "ally");
		String thirdId = Collectives.addContact(coordinator, home, "Red Internacional", third, "", "ally");
		String protocol = Protocols.newProtocol(coordinator, home, "Territorio");
		Protocols.addTier(coordinator, protocol, "target", "member:" + firstId, "wait", "10", "channel", "sms",
				"channel", "email");
		Protocols.addTier(coordinator, protocol, "target", "member:" + secondId, "wait", "10", "channel", "sms");
		Protocols.addTier(coordinator, protocol, "target", "member:" + thirdId, "wait", "10", "channel", "sms");

		kannel.phoneSends(reporter, number, "ALERT strangers river crossing 3 trucks");
		Kannel.Sms confirmation = only(kannel, reporter, "received");
		String code = codeIn(confirmation.text());
		assertThat(only(kannel, first, code).text()).contains("strangers", "river crossing 3 trucks", "OK " + code);
		assertThat(Mailbox.messagesFor(firstMail)).hasSize(1);
		String alert = alertWithCode(coordinator, home, code);
		assertThat(coordinator.get(alert).body()).contains("river crossing 3 trucks", "Reportera", "SMS",
				"tier 1 of 3 told");
		assertThat(coordinator.get(alert).body()).contains("<td>confirmation to the reporter</td><td>Reportera</td>");
		assertThat(handedOver("recipient_id = ? and message_key like 'alert:%:confirm:%'",
				java.util.UUID.fromString(reporterId)))
			.as("the reporter's confirmation goes before the first tier's messages")
			.isBefore(handedOver("message_key like ?", "alert:" + Protocols.idOf(alert) + ":step:1:%"));

		Protocols.passDeadline(jdbc(), alert, 1);
		assertThat(only(kannel, second, code).text()).contains("OK " + code);
		assertThat(coordinator.get(alert).body()).contains("nobody acknowledged in time", "tier 2 of 3 told");

		kannel.phoneSends(second, number, "ok " + code);
		assertThat(only(kannel, second, "Thank you").text()).contains(code);
		await().atMost(WAIT)
			.until(() -> coordinator.get(alert).body().contains("acknowledged by Organización Regional"));
		Protocols.passDeadline(jdbc(), alert, 2);
		await().during(Duration.ofSeconds(4))
			.atMost(Duration.ofSeconds(6))
			.until(() -> kannel.receivedContaining(code, Duration.ZERO)
				.stream()
				.noneMatch((sms) -> sms.to().equals(third)));
		String page = coordinator.get(alert).body();
		assertThat(page).contains("acknowledged", "sms").doesNotContain("tier 3");
		assertThat(jdbc().sql("select count(*) from outbound_message where message_key like ?")
			.param("alert:" + Protocols.idOf(alert) + ":step:3:%")
			.query(Long.class)
			.single()).isZero();
		assertThat(page).contains("0: Accepted");
	}

	@Test
	default void aTierLargerThanItsFirstWaveReachesEveryMemberOnceAndLeavesNoJobBehind() throws Exception {
		Kannel kannel = kannel();
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Olas");
		String number = connect(coordinator, home, kannel);
		String reporter = Collectives.phone();
		Collectives.addContact(coordinator, home, "Quien Avisa", reporter, "", "member");
		List<String> phones = new java.util.ArrayList<>();
		for (int i = 0; i < 7; i++) {
			phones.add(Collectives.phone());
			Collectives.addContact(coordinator, home, "Vecina " + i, phones.get(i), "", "member");
		}
		String protocol = Protocols.newProtocol(coordinator, home, "Todas");
		Protocols.addTier(coordinator, protocol, "target", "members", "wait", "30", "channel", "sms");

		kannel.phoneSends(reporter, number, "ALERT strangers at the well");
		String code = codeIn(only(kannel, reporter, "received").text());
		for (String phone : phones) {
			assertThat(only(kannel, phone, code).text()).contains("at the well");
		}
		String alert = alertWithCode(coordinator, home, code);
		assertThat(jdbc()
			.sql("select count(*), count(distinct recipient_id) from outbound_message where message_key like ?")
			.param("alert:" + Protocols.idOf(alert) + ":step:1:%")
			.query((row, n) -> row.getLong(1) + " " + row.getLong(2))
			.single()).as("one message per member of the tier, the reporter and the first wave not twice")
			.isEqualTo("7 7");
		await().atMost(WAIT)
			.until(() -> jdbc().sql("select count(*) from scheduled_tasks where task_name = 'alert-tier-rest'")
				.query(Long.class)
				.single() == 0);
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(4))
			.until(() -> phones.stream().allMatch((phone) -> receivedBy(kannel, phone, code).size() == 1));
	}

	@Test
	default void textsThatAreNotAlertsGetADefinedAnswerAndStrangersNone() throws Exception {
		Kannel kannel = kannel();
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Respuestas");
		String number = connect(coordinator, home, kannel);
		String member = Collectives.phone();
		Collectives.addContact(coordinator, home, "Miembro", member, "", "member");

		kannel.phoneSends(member, number, " ");
		assertThat(only(kannel, member, "To report").text()).contains("ALERT", "OK");
		kannel.phoneSends(member, number, "OK 9999");
		assertThat(only(kannel, member, "There is no alert").text()).contains("9999");

		coordinator.get(home + "/templates?in=en");
		assertThat(coordinator
			.submit(home + "/templates", "in", "en", "kind", "confirm", "text",
					"Got alert [code] about [category]. We are telling the network.", "max_parts", "2")
			.statusCode()).isEqualTo(302);
		String stranger = Collectives.phone();
		kannel.phoneSends(stranger, number, "ALERT threat at the school");
		kannel.phoneSends(member, number, "hombres armados en la vereda");
		Kannel.Sms confirmed = only(kannel, member, "We are telling the network");
		assertThat(confirmed.text()).startsWith("Got alert ").contains("about ");
		assertThat(kannel.receivedContaining("", Duration.ZERO)).noneMatch((sms) -> sms.to().equals(stranger));
		String alerts = coordinator.get(home + "/alerts").body();
		assertThat(alerts).contains(codeIn(confirmed.text())).doesNotContain("threat");
		String closedAlert = alertWithCode(coordinator, home, codeIn(confirmed.text()));
		coordinator.get(closedAlert);
		coordinator.submit(closedAlert + "/close", "note", "");
		kannel.phoneSends(member, number, "OK " + codeIn(confirmed.text()));
		assertThat(only(kannel, member, "is closed").text()).contains(codeIn(confirmed.text()));
	}

	private Kannel kannel() {
		Assumptions.assumeTrue(Kannel.isInstalled() || System.getenv("TEJIDO_TESTS_NEED_KANNEL") != null,
				"Kannel is not installed (apt-get install kannel kannel-extras)");
		return Kannel.forTejidoAt(port(), RunningTejido.INBOUND_SECRET);
	}

	private static String connect(Browser coordinator, String home, Kannel kannel) {
		String number = Collectives.phone();
		coordinator.get(home + "/channels");
		HttpResponse<String> saved = coordinator.submit(home + "/channels", "url", kannel.sendsmsUrl(), "username",
				kannel.username(), "password", kannel.password(), "number", number, "per_second", "50");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		return number;
	}

	private static Kannel.Sms only(Kannel kannel, String phone, String containing) {
		await().atMost(WAIT).until(() -> !receivedBy(kannel, phone, containing).isEmpty());
		List<Kannel.Sms> found = receivedBy(kannel, phone, containing);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	/** The SMS the phone received so far that hold the words. */
	private static List<Kannel.Sms> receivedBy(Kannel kannel, String phone, String containing) {
		return kannel.receivedContaining(containing, Duration.ZERO)
			.stream()
			.filter((sms) -> sms.to().equals(phone))
			.toList();
	}

	private static String codeIn(String text) {
		Matcher code = Pattern.compile("\\b(\\d{4,8})\\b").matcher(text);
		assertThat(code.find()).as(text).isTrue();
		return code.group(1);
	}

	private static String alertWithCode(Browser coordinator, String home, String code) {
		Matcher link = Pattern.compile("href=\"(" + Pattern.quote(home) + "/alerts/[0-9a-f-]{36})\">" + code + " ")
			.matcher(coordinator.get(home + "/alerts").body());
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	private java.time.OffsetDateTime handedOver(String which, Object param) {
		return jdbc()
			.sql("select min(sending_since) from outbound_message join outbound_state using (id) where " + which)
			.param(param)
			.query(java.time.OffsetDateTime.class)
			.single();
	}

}
