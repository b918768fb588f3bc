package org.tejido.risk;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.site.Lang;
import org.tejido.site.SitePagesContract;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.DatabaseDump;
import org.tejido.support.HtmlValidator;
import org.tejido.support.Http;
import org.tejido.support.Kannel;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Protection plans through their pages: measures shared by at least two people, refused
 * input that leaves nothing behind, edits on a stale version, who may see a plan and
 * their own measures, a reminder that reaches a responsible person by SMS through Kannel
 * once, the printable plan, the JSON and the sealing.
 */
public interface ProtectionPlanContract {

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	int port();

	org.springframework.context.ConfigurableApplicationContext context();

	@AfterAll
	static void stopPlanKannel() {
		Kannel.stopAll();
	}

	/** A collective with an assessment, one threat and its vulnerability, and people. */
	record Setting(Browser coordinator, String home, String assessment, String threat, String vulnerability,
			String collectiveWide, Map<String, String> people) {

		String plan() {
			return this.assessment + "/plan";
		}

		String person(String name) {
			return this.people.get(name);
		}

	}

	@Test
	default void planMeasuresAreSharedByAtLeastTwoPeopleAndRefusedInputKeepsNothing() throws Exception {
		Setting s = setting("Plan Compartido", "Ana", "Beto");
		HttpResponse<String> added = addMeasure(s, "protection", "Night watch rota", today().plusDays(10), "answer",
				s.threat(), "answer", s.vulnerability(), "responsible", s.person("Ana"), "responsible",
				s.person("Beto"), "resources", "Two radios");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		addMeasure(s, "advocacy", "Letter to the ombudsman", null, "answer", s.collectiveWide(), "responsible",
				s.person("Ana"), "responsible", s.person("Founder Plan Compartido"));
		String plan = s.coordinator().get(s.plan()).body();
		assertThat(plan).contains("<h2>Protection</h2>", "<h2>Advocacy and visibility</h2>", "Night watch rota",
				"Letter to the ombudsman", "Ana<br>Beto", "Planned", "Armed men at the crossing");
		long before = measures();

		HttpResponse<String> alone = addMeasure(s, "response", "Call the lawyer", today().plusDays(5), "answer",
				s.threat(), "responsible", s.person("Ana"));
		assertThat(alone.statusCode()).isEqualTo(422);
		assertThat(alone.body()).contains("never one leader alone", "Call the lawyer");
		HttpResponse<String> twice = addMeasure(s, "response", "Call the lawyer", today().plusDays(5), "answer",
				s.threat(), "responsible", s.person("Ana"), "responsible", s.person("Ana"));
		assertThat(twice.statusCode()).isEqualTo(422);
		assertThat(twice.body()).contains("never one leader alone");
		HttpResponse<String> past = addMeasure(s, "response", "Call the lawyer", today().minusDays(5), "answer",
				s.threat(), "responsible", s.person("Ana"), "responsible", s.person("Beto"));
		assertThat(past.statusCode()).isEqualTo(422);
		assertThat(past.body()).contains("The due date has passed");
		HttpResponse<String> nothing = addMeasure(s, "response", "Call the lawyer", null, "responsible",
				s.person("Ana"), "responsible", s.person("Beto"));
		assertThat(nothing.statusCode()).isEqualTo(422);
		assertThat(nothing.body()).contains("Tick at least one threat or vulnerability that the measure answers");
		assertThat(measures()).isEqualTo(before);
	}

	@Test
	default void planAnEditOnAStaleVersionIsRefusedAndKeepsWhatWasTyped() throws Exception {
		Setting s = setting("Plan Vigente", "Ana", "Beto");
		addMeasure(s, "prevention", "Rotate the meeting place", today().plusDays(20), "answer", s.threat(),
				"responsible", s.person("Ana"), "responsible", s.person("Beto"));
		String measure = measureLink(s, "Rotate the meeting place");
		String form = s.coordinator().get(measure).body();
		String version = valueOf(form, "version");
		HttpResponse<String> first = s.coordinator()
			.submit(measure, "version", version, "kind", "prevention", "title", "Rotate the meeting place weekly",
					"answer", s.threat(), "responsible", s.person("Ana"), "responsible", s.person("Beto"), "due",
					today().plusDays(20).toString(), "status", "in-progress");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
		s.coordinator().get(measure);
		HttpResponse<String> stale = s.coordinator()
			.submit(measure, "version", version, "kind", "prevention", "title", "Meet in the church instead", "answer",
					s.threat(), "responsible", s.person("Ana"), "responsible", s.person("Beto"), "due",
					today().plusDays(20).toString(), "status", "planned");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(HtmlValidator.errorsIn(stale.body())).isEmpty();
		assertThat(stale.body()).contains("Someone changed this measure", "value=\"Meet in the church instead\"",
				"Rotate the meeting place weekly", "In progress");
		assertThat(s.coordinator().get(s.plan()).body()).contains("Rotate the meeting place weekly")
			.doesNotContain("Meet in the church instead");
	}

	@Test
	default void planOnlyReadersOfTheAssessmentSeeItAndResponsiblePeopleSeeOnlyTheirOwnMeasures() throws Exception {
		Setting s = setting("Plan Reservado", "Ana");
		Browser member = Collectives.member(http(), registry(), s.coordinator(), s.home(), "member", "Ramiro");
		String ramiro = memberIn(s.coordinator().get(s.plan()).body(), "Ramiro");
		addMeasure(s, "protection", "Accompany Ramiro to the hearing", today().plusDays(9), "answer", s.threat(),
				"responsible", ramiro, "responsible", s.person("Ana"));
		addMeasure(s, "prevention", "Hide the archive", today().plusDays(9), "answer", s.threat(), "responsible",
				s.person("Ana"), "responsible", s.person("Founder Plan Reservado"));
		String measure = measureLink(s, "Hide the archive");
		String mine = member.get(s.home() + "/risk/my-measures").body();
		assertThat(HtmlValidator.errorsIn(mine)).isEmpty();
		assertThat(mine).contains("Accompany Ramiro to the hearing", today().plusDays(9).toString(), "Planned")
			.doesNotContain("Hide the archive", "Armed men", "Leaders walk alone", "Ana");

		Browser outsider = Collectives.coordinator(http(), registry());
		String elsewhere = Collectives.found(outsider, "Ajenos");
		for (Browser stranger : List.of(member, outsider)) {
			for (String path : List.of(s.plan(), s.plan() + "/print", s.assessment() + "/plan.json", measure)) {
				assertThat(stranger.get(path).statusCode()).as(path).isEqualTo(404);
			}
			for (String path : List.of(s.plan() + "/measures", measure, measure + "/status", measure + "/delete",
					s.plan() + "/summaries")) {
				stranger.get((stranger == member) ? s.home() + "/risk/my-measures" : elsewhere + "/risk");
				assertThat(stranger
					.submit(path, "kind", "prevention", "title", "x", "answer", s.threat(), "responsible", ramiro,
							"responsible", s.person("Ana"), "status", "done", "version", "0")
					.statusCode()).as(path).isEqualTo(404);
			}
		}
		assertThat(outsider.get(s.home() + "/risk/my-measures").statusCode()).isEqualTo(404);
		String hidden = measure.substring(measure.lastIndexOf('/') + 1);
		member.get(s.home() + "/risk/my-measures");
		assertThat(member.submit(s.home() + "/risk/my-measures/" + hidden + "/status", "status", "done").statusCode())
			.isEqualTo(404);
		Matcher own = Pattern.compile("/risk/my-measures/([0-9a-f-]{36})/status").matcher(mine);
		assertThat(own.find()).isTrue();
		member.get(s.home() + "/risk/my-measures");
		assertThat(member.submit(s.home() + "/risk/my-measures/" + own.group(1) + "/status", "status", "done")
			.statusCode()).isEqualTo(302);
		assertThat(s.coordinator().get(s.plan()).body()).contains("Done");
		assertThat(s.coordinator().get(measure).body()).contains("value=\"planned\" selected");
	}

	@Test
	default void planAReminderReachesAResponsiblePersonBySmsThroughKannelOnce() throws Exception {
		Assumptions.assumeTrue(Kannel.isInstalled() || System.getenv("TEJIDO_TESTS_NEED_KANNEL") != null,
				"Kannel is not installed (apt-get install kannel kannel-extras)");
		Kannel kannel = Kannel.forTejidoAt(port(), RunningTejido.INBOUND_SECRET);
		Setting s = setting("Plan Recordado", "Ana", "Beto");
		String number = Collectives.phone();
		s.coordinator().get(s.home() + "/channels");
		assertThat(s.coordinator()
			.submit(s.home() + "/channels", "url", kannel.sendsmsUrl(), "username", kannel.username(), "password",
					kannel.password(), "number", number, "per_second", "50")
			.statusCode()).isEqualTo(302);
		String phone = Collectives.phone();
		String carla = Collectives.addContact(s.coordinator(), s.home(), "Carla", phone, "", "member");
		String title = "Move the radio " + System.nanoTime() % 100000;
		addMeasure(s, "response", title, today(), "answer", s.threat(), "responsible", carla, "responsible",
				s.person("Ana"));

		await().atMost(Duration.ofSeconds(40))
			.until(() -> kannel.receivedContaining(title, Duration.ZERO)
				.stream()
				.anyMatch((sms) -> sms.to().equals(phone)));
		Instant received = Instant.now();
		Kannel.Sms sms = kannel.receivedContaining(title, Duration.ZERO)
			.stream()
			.filter((one) -> one.to().equals(phone))
			.findFirst()
			.orElseThrow();
		assertThat(sms.text()).contains(title, today().toString())
			.doesNotContain("Armed", "crossing", "Leaders walk alone");
		assertThat(sms.text().length()).isLessThanOrEqualTo(160);
		await().atMost(Duration.ofSeconds(20)).until(() -> lastReminderCheck().isAfter(received.plusSeconds(1)));
		assertThat(kannel.receivedContaining(title, Duration.ofSeconds(2))
			.stream()
			.filter((one) -> one.to().equals(phone))
			.count()).isEqualTo(1);
		assertThat(jdbc().sql("select count(*) from outbound_message where message_key like ?")
			.param("risk:measure:%:due:" + today() + ":due:member:" + carla + ":sms")
			.query(Long.class)
			.single()).isEqualTo(1);

		s.coordinator().get(s.plan());
		HttpResponse<String> summaries = s.coordinator().submit(s.plan() + "/summaries");
		assertThat(summaries.statusCode()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(40))
			.until(() -> kannel.receivedContaining("Your measures: ", Duration.ZERO)
				.stream()
				.anyMatch((one) -> one.to().equals(phone) && one.text().contains(title)));
		s.coordinator().get(s.plan());
		HttpResponse<String> again = s.coordinator().submit(s.plan() + "/summaries");
		assertThat(Collectives.location(again)).endsWith("sent=0");
	}

	@Test
	default void planPrintableFitsTheFirstRoundTripAndIsValidInEveryLanguageAndTheJsonSaysItAll() throws Exception {
		Setting s = setting("Plan Impreso", "Ana", "Beto", "Chela");
		String[] kinds = { "prevention", "protection", "response", "advocacy" };
		for (int i = 0; i < 20; i++) {
			HttpResponse<String> added = addMeasure(s, kinds[i % 4],
					"Measure " + i + ": accompany the leaders to the market and back", today().plusDays(i + 4),
					"answer", s.threat(), "answer", s.vulnerability(), "responsible", s.person("Ana"), "responsible",
					s.person((i % 2 == 0) ? "Beto" : "Chela"), "resources", "A phone with credit and a bicycle");
			assertThat(added.statusCode()).isEqualTo(302);
		}
		Map<String, Integer> sizes = new LinkedHashMap<>();
		for (Lang lang : Lang.values()) {
			for (String path : List.of(s.plan() + "/print", s.plan())) {
				String localised = "/" + lang.code() + path.substring(3);
				HttpResponse<byte[]> page = s.coordinator().getBytes(localised, "Accept-Encoding", "gzip");
				assertThat(page.statusCode()).as(localised).isEqualTo(200);
				assertThat(page.body().length).as(localised)
					.isLessThanOrEqualTo(SitePagesContract.FIRST_ROUND_TRIP_BYTES);
				String html = Http.gunzip(page.body());
				assertThat(HtmlValidator.errorsIn(html)).as(localised).isEmpty();
				sizes.merge(path.endsWith("print") ? "print" : "plan", page.body().length, Math::max);
			}
		}
		System.out.println("Largest plan pages with 20 measures, bytes gzipped, of 5 languages: " + sizes);
		HttpResponse<String> print = s.coordinator().get(s.plan() + "/print");
		assertThat(print.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("style-src 'sha256-");
		assertThat(print.body())
			.contains("@page{size:A4", "Confidential", "Plan Impreso", "<h2>Prevention</h2>", "Ana<br>Chela",
					"Your measures: ")
			.doesNotContain("<nav", "<form");

		String json = s.coordinator().get(s.assessment() + "/plan.json").body();
		assertThat(json).contains("\"format\":\"tejido-risk-plan/1\"", "\"kind\":\"advocacy\"",
				"\"title\":\"Measure 19: accompany the leaders to the market and back\"",
				"\"label\":\"Armed men at the crossing\"", "\"name\":\"Chela\"", "\"status\":\"planned\"",
				"\"dueOn\":\"" + today().plusDays(4) + "\"");
		String exported = entry(s.coordinator().getBytes(s.home() + "/export").body(), "risk/plans.json");
		assertThat(exported).startsWith("[")
			.contains("\"format\":\"tejido-risk-plan/1\"", "Measure 19: accompany the leaders", "\"name\":\"Chela\"");
	}

	@Test
	default void planRemindsCoordinatorsOfAReviewDueAndNobodyOfAMeasureDoneOrDropped() throws Exception {
		Setting s = setting("Plan Revisado", "Ana", "Beto");
		for (String[] closed : new String[][] { { "Done already", "done" }, { "Given up", "dropped" } }) {
			addMeasure(s, "prevention", closed[0], today().plusDays(10), "answer", s.threat(), "responsible",
					s.person("Ana"), "responsible", s.person("Beto"));
			String measure = measureLink(s, closed[0]);
			s.coordinator().get(s.plan());
			assertThat(s.coordinator().submit(measure + "/status", "status", closed[1]).statusCode()).isEqualTo(302);
			s.coordinator().get(measure);
			HttpResponse<String> dueToday = s.coordinator()
				.submit(measure, "kind", "prevention", "title", closed[0], "answer", s.threat(), "responsible",
						s.person("Ana"), "responsible", s.person("Beto"), "due", today().toString(), "status",
						closed[1]);
			assertThat(dueToday.statusCode()).as(dueToday.body()).isEqualTo(302);
		}
		s.coordinator().get(s.home() + "/risk");
		HttpResponse<String> due = s.coordinator()
			.submit(s.home() + "/risk", "title", "Due for review", "held_on", today().minusMonths(3).toString(),
					"every", "3", "next_review_on", today().toString());
		assertThat(due.statusCode()).as(due.body()).isEqualTo(302);
		String assessment = Collectives.location(due).replaceFirst(".*/risk/", "");
		String founder = s.person("Founder Plan Revisado");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> outbound(
					"risk:assessment:" + assessment + ":review:" + today() + ":member:" + founder + ":inbox") == 1);
		Instant queued = Instant.now();
		await().atMost(Duration.ofSeconds(20)).until(() -> lastReminderCheck().isAfter(queued.plusSeconds(1)));
		assertThat(outbound("risk:assessment:" + assessment + ":review:%")).isEqualTo(1);
		assertThat(outbound("risk:measure:%:member:" + s.person("Ana") + ":%")).isZero();
		assertThat(s.coordinator().get(s.home() + "/inbox").body()).contains("is due for review on " + today());
		assertThat(s.coordinator().get(s.home() + "/activity").body()).contains("added a measure to a protection plan",
				"changed the status of a measure", "reminded the coordinators that an assessment is due for review");
	}

	@Test
	default void planTurnsASuggestedMeasureIntoAMeasure() throws Exception {
		Setting s = setting("Plan Sugerido", "Ana", "Beto");
		java.util.UUID collective = java.util.UUID.fromString(s.home().replaceFirst(".*/c/", ""));
		org.tejido.collectives.Membership founder = new org.tejido.collectives.Membership(collective,
				java.util.UUID.fromString(s.person("Founder Plan Sugerido")),
				org.tejido.collectives.CollectiveRole.COORDINATOR);
		java.util.UUID assessment = java.util.UUID.fromString(s.assessment().replaceFirst(".*/risk/", ""));
		context().getBean(RiskRegister.class)
			.addFinding(founder, assessment, new RiskRegister.Finding("Network indicators, 2026-12-03",
					"No ally at national level", "Meet one national organisation"));
		String plan = s.coordinator().get(s.plan()).body();
		assertThat(plan).contains("Suggested measures", "Meet one national organisation",
				"From: Network indicators, 2026-12-03", "Turn into a measure");
		Matcher candidate = Pattern.compile("name=\"from\" value=\"([0-9a-f-]{36})\"").matcher(plan);
		assertThat(candidate.find()).isTrue();
		String prefilled = s.coordinator().get(s.plan() + "?from=" + candidate.group(1)).body();
		assertThat(prefilled).contains(
				"id=\"title\" name=\"title\" required maxlength=\"200\" value=\"Meet one national organisation\"",
				"name=\"candidate\" value=\"" + candidate.group(1) + "\"");
		HttpResponse<String> adopted = s.coordinator()
			.submit(s.plan() + "/measures", "kind", "advocacy", "title", "Meet one national organisation", "answer",
					s.threat(), "responsible", s.person("Ana"), "responsible", s.person("Beto"), "due", "", "resources",
					"");
		assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(302);
		String after = s.coordinator().get(s.plan()).body();
		assertThat(after).contains("<h2>Advocacy and visibility</h2>", "Meet one national organisation")
			.doesNotContain("Turn into a measure");
	}

	@Test
	default void planKeepsTitlesResourcesAndResponsiblePeopleSealed() throws Exception {
		Setting s = setting("Plan Sellado", "Ana", "Beto");
		String marker = Collectives.marker("plantitle");
		String resources = Collectives.marker("planresources");
		addMeasure(s, "protection", marker, today().plusDays(3), "answer", s.threat(), "responsible", s.person("Ana"),
				"responsible", s.person("Beto"), "resources", resources);
		assertThat(s.coordinator().get(s.plan()).body()).contains(marker);
		String dump = DatabaseDump.of(jdbc());
		assertThat(dump).doesNotContain(marker, resources, s.person("Ana") + "," + s.person("Beto"));
	}

	private Setting setting(String name, String... people) throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, name);
		Map<String, String> ids = new LinkedHashMap<>();
		for (String person : people) {
			ids.put(person, Collectives.addContact(coordinator, home, person, "", "", "member"));
		}
		coordinator.get(home + "/risk");
		HttpResponse<String> created = coordinator.submit(home + "/risk", "title", "Assessment of " + name, "held_on",
				today().toString(), "every", "3");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String assessment = Collectives.location(created);
		coordinator.get(assessment + "/threats/new");
		HttpResponse<String> threat = coordinator.submit(assessment + "/threats", "title", "Armed men at the crossing",
				"facts_text", "They asked for the leaders", "likelihood", "4", "impact", "5", "v_collective",
				"Leaders walk alone");
		assertThat(threat.statusCode()).as(threat.body()).isEqualTo(302);
		String threatId = Collectives.location(threat).replaceFirst(".*/threats/", "");
		String plan = coordinator.get(assessment + "/plan").body();
		ids.put("Founder " + name, memberIn(plan, "Founder " + name));
		Matcher vulnerability = Pattern.compile("value=\"(vulnerability:[0-9a-f-]{36})\"").matcher(plan);
		assertThat(vulnerability.find()).as(plan).isTrue();
		coordinator.get(assessment);
		return new Setting(coordinator, home, assessment, "threat:" + threatId, vulnerability.group(1),
				vulnerability.group(1), ids);
	}

	private static HttpResponse<String> addMeasure(Setting s, String kind, String title, LocalDate due,
			String... more) {
		s.coordinator().get(s.plan());
		List<String> fields = new ArrayList<>(
				List.of("kind", kind, "title", title, "due", (due != null) ? due.toString() : ""));
		fields.addAll(List.of(more));
		return s.coordinator().submit(s.plan() + "/measures", fields.toArray(String[]::new));
	}

	private static String measureLink(Setting s, String title) {
		Matcher link = Pattern.compile("href=\"([^\"]+/plan/measures/[0-9a-f-]{36})\">" + Pattern.quote(title) + "<")
			.matcher(s.coordinator().get(s.plan()).body());
		assertThat(link.find()).as(title).isTrue();
		return link.group(1);
	}

	private static String memberIn(String page, String name) {
		Matcher member = Pattern.compile("value=\"([0-9a-f-]{36})\"[^>]*> " + Pattern.quote(name) + "<").matcher(page);
		assertThat(member.find()).as(name).isTrue();
		return member.group(1);
	}

	private static String valueOf(String html, String name) {
		Matcher value = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
		assertThat(value.find()).isTrue();
		return value.group(1);
	}

	private long outbound(String keyLike) {
		return jdbc().sql("select count(*) from outbound_message where message_key like ?")
			.param(keyLike)
			.query(Long.class)
			.single();
	}

	private static String entry(byte[] zip, String name) throws java.io.IOException {
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
				new java.io.ByteArrayInputStream(zip))) {
			for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError(name + " is not in the export");
	}

	private long measures() {
		return jdbc().sql("select count(*) from risk_plan_measure").query(Long.class).single();
	}

	private Instant lastReminderCheck() {
		return jdbc().sql("select last_success from scheduled_tasks where task_name = 'risk-reminders'")
			.query(java.sql.Timestamp.class)
			.optional()
			.map(java.sql.Timestamp::toInstant)
			.orElse(Instant.EPOCH);
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

}
