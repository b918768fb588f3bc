package org.tejido.risk;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.Membership;
import org.tejido.risk.internal.Assessments;
import org.tejido.site.Lang;
import org.tejido.site.NotFound;
import org.tejido.site.SitePagesContract;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.DatabaseDump;
import org.tejido.support.HtmlValidator;
import org.tejido.support.Http;
import org.tejido.support.Kannel;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Risk assessments through their pages: a collective analyses threats (one built from an
 * alert sent by SMS), estimates each risk, reviews it three months later and sees what
 * changed; bad input is refused and leaves nothing half-written; two coordinators editing
 * at once lose nothing; only the chosen readers see an assessment; everything it says is
 * sealed; the JSON and the register other modules call.
 */
public interface RiskAssessmentContract {

	Pattern ID = Pattern.compile("/risk/([0-9a-f-]{36})/threats/([0-9a-f-]{36})$");

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	int port();

	ConfigurableApplicationContext context();

	@AfterAll
	static void stopRiskKannel() {
		Kannel.stopAll();
	}

	@Test
	default void riskAThreatBuiltFromAnSmsAlertAndAReviewThreeMonthsLaterShowWhatChanged() throws Exception {
		Kannel kannel = kannel();
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Consejo del Río");
		String number = connect(coordinator, home, kannel);
		String reporter = Collectives.phone();
		Collectives.addContact(coordinator, home, "Vigía", reporter, "", "member");
		kannel.phoneSends(reporter, number, "ALERT armed men asked for the leaders at the river crossing");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> kannel.receivedContaining("received", Duration.ZERO)
				.stream()
				.anyMatch((sms) -> sms.to().equals(reporter)));
		String code = codeIn(kannel.receivedContaining("received", Duration.ZERO)
			.stream()
			.filter((sms) -> sms.to().equals(reporter))
			.findFirst()
			.orElseThrow()
			.text());

		String assessment = create(coordinator, home, "Territorio 2026", today().minusMonths(3));
		String form = coordinator.get(assessment + "/threats/new").body();
		Matcher alert = Pattern.compile("name=\"fact\" value=\"(alert:[0-9a-f-]{36})\"[^>]*> Alert " + code)
			.matcher(form);
		assertThat(alert.find()).as(form).isTrue();
		HttpResponse<String> fromSms = coordinator.submit(assessment + "/threats", "title", "Armed men at the crossing",
				"fact", alert.group(1), "source", "Armed group of the valley", "likelihood", "4", "impact", "5",
				"v_collective", "Leaders walk alone\nNo radio at the crossing", "v_women", "Women fetch water alone",
				"c_collective", "Community guard");
		assertThat(fromSms.statusCode()).as(fromSms.body()).isEqualTo(302);
		String threatFromSms = Collectives.location(fromSms);
		assertThat(coordinator.get(threatFromSms).body()).contains("Alert " + code, "armed men asked for the leaders",
				"4 × 5 = 20", "critical", "capacities do not yet outweigh vulnerabilities", "Women fetch water alone");
		String smear = threat(coordinator, assessment, "Smear campaign", "Posters call us guerrillas", "2", "3");
		threat(coordinator, assessment, "Fumigation", "Planes sprayed the maize fields", "3", "3");

		coordinator.get(assessment);
		HttpResponse<String> review = coordinator.submit(assessment + "/reviews", "held_on", today().toString(),
				"next_review_on", today().plusMonths(3).toString());
		assertThat(review.statusCode()).as(review.body()).isEqualTo(302);
		threat(coordinator, assessment, "Eviction order", "A judge ordered the eviction of the school", "4", "4");
		coordinator.get(smear);
		HttpResponse<String> raised = coordinator.submit(smear, "title", "Smear campaign", "facts_text",
				"Posters call us guerrillas; the radio repeats it", "likelihood", "4", "impact", "4");
		assertThat(raised.statusCode()).as(raised.body()).isEqualTo(302);

		String page = coordinator.get(assessment).body();
		assertThat(page)
			.contains("What changed since review 1 (" + today().minusMonths(3) + ")", "Threat added: Eviction order",
					"Risk up: Smear campaign, 6 (medium) → 16 (high)")
			.doesNotContain("Threat removed");
		String first = coordinator.get(assessment + "/reviews/1").body();
		assertThat(first).contains("Armed men at the crossing", "Posters call us guerrillas")
			.doesNotContain("Eviction order", "the radio repeats it");
	}

	@Test
	default void riskRefusesWhatCannotBeKeptAndKeepsNothingOfIt() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Cuenca Alta");
		coordinator.get(home + "/risk");
		HttpResponse<String> future = coordinator.submit(home + "/risk", "title", "Futuro", "held_on",
				today().plusDays(30).toString(), "every", "6");
		assertThat(future.statusCode()).isEqualTo(422);
		assertThat(future.body()).contains("cannot be held in the future", "Futuro");
		HttpResponse<String> past = coordinator.submit(home + "/risk", "title", "Pasado", "held_on", today().toString(),
				"every", "6", "next_review_on", today().minusDays(20).toString());
		assertThat(past.statusCode()).isEqualTo(422);
		assertThat(past.body()).contains("The next review date cannot be in the past");
		String assessment = create(coordinator, home, "Cuenca 2026", today());

		coordinator.get(assessment + "/threats/new");
		HttpResponse<String> noFacts = coordinator.submit(assessment + "/threats", "title", "Rumours", "pattern",
				"Every market day", "likelihood", "3", "impact", "3");
		assertThat(noFacts.statusCode()).isEqualTo(422);
		assertThat(noFacts.body()).contains("A threat needs facts", "Every market day");
		for (String off : List.of("0", "6")) {
			HttpResponse<String> scale = coordinator.submit(assessment + "/threats", "title", "Rumours", "facts_text",
					"Said at the market", "likelihood", off, "impact", "3");
			assertThat(scale.statusCode()).isEqualTo(422);
			assertThat(scale.body()).contains("Choose a likelihood from 1 to 5", "Said at the market");
			HttpResponse<String> impact = coordinator.submit(assessment + "/threats", "title", "Rumours", "facts_text",
					"Said at the market", "likelihood", "3", "impact", off);
			assertThat(impact.statusCode()).isEqualTo(422);
		}
		assertThat(coordinator.get(assessment).body()).contains("No threat analysed yet");

		coordinator.get(assessment);
		HttpResponse<String> heldLater = coordinator.submit(assessment + "/reviews", "held_on",
				today().plusDays(10).toString());
		assertThat(heldLater.statusCode()).isEqualTo(422);
		assertThat(heldLater.body()).contains("cannot be held in the future");
		coordinator.get(assessment);
		HttpResponse<String> nextPast = coordinator.submit(assessment + "/reviews", "held_on", today().toString(),
				"next_review_on", today().minusMonths(1).toString());
		assertThat(nextPast.statusCode()).isEqualTo(422);
		assertThat(nextPast.body()).contains("The next review date cannot be in the past");
		coordinator.get(assessment + "/settings");
		HttpResponse<String> settings = coordinator.submit(assessment + "/settings", "title", "Cuenca 2026", "every",
				"6", "next_review_on", today().minusDays(9).toString());
		assertThat(settings.statusCode()).isEqualTo(422);
		assertThat(coordinator.get(assessment).body()).doesNotContain("Review 2");
	}

	@Test
	default void riskTwoCoordinatorsEditingAtOnceLoseNothing() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Dos Manos");
		String assessment = create(coordinator, home, "Dos 2026", today());
		String threat = threat(coordinator, assessment, "Intimidation", "Calls at night", "3", "3");
		String form = coordinator.get(threat).body();
		String seen = versionIn(form);

		HttpResponse<String> first = coordinator.submit(threat, "version", seen, "title", "Intimidation", "facts_text",
				"Calls at night, and a visit by two men", "likelihood", "4", "impact", "3");
		assertThat(first.statusCode()).isEqualTo(302);
		coordinator.get(threat);
		HttpResponse<String> second = coordinator.submit(threat, "version", seen, "title", "Intimidation", "facts_text",
				"Calls at night to three families", "likelihood", "3", "impact", "4");
		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(second.body()).contains("Someone changed this assessment while you were editing",
				"a visit by two men", "Calls at night to three families");
		assertThat(versionIn(second.body())).isNotEqualTo(seen);
		assertThat(coordinator.get(threat).body()).contains("a visit by two men").doesNotContain("three families");

		HttpResponse<String> again = coordinator.submit(threat, "title", "Intimidation", "facts_text",
				"Calls at night to three families", "likelihood", "3", "impact", "4");
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(coordinator.get(threat).body()).contains("three families");
		coordinator.get(assessment);
		HttpResponse<String> staleReview = coordinator.submit(assessment + "/reviews", "version", seen, "held_on",
				today().toString());
		assertThat(staleReview.statusCode()).isEqualTo(409);
		assertThat(coordinator.get(assessment).body()).doesNotContain("Review 2");
	}

	@Test
	default void riskOnlyTheChosenReadersSeeAnAssessment() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Lectores");
		Browser chosen = Collectives.member(http(), registry(), coordinator, home, "member", "Elegida");
		Browser other = Collectives.member(http(), registry(), coordinator, home, "member", "Otro");
		Browser ally = Collectives.member(http(), registry(), coordinator, home, "ally", "Aliada");
		String shared = create(coordinator, home, "Compartida", today());
		String threat = threat(coordinator, shared, "Surveillance", "A drone over the assembly", "3", "2");
		String kept = create(coordinator, home, "Reservada", today());
		coordinator.get(shared + "/settings");
		String settings = coordinator.get(shared + "/settings").body();
		HttpResponse<String> readers = coordinator.submit(shared + "/settings", "title", "Compartida", "every", "6",
				"reader", memberIn(settings, "Elegida"), "reader", memberIn(settings, "Aliada"));
		assertThat(readers.statusCode()).as(readers.body()).isEqualTo(302);

		assertThat(chosen.get(shared).statusCode()).isEqualTo(200);
		assertThat(chosen.get(threat).body()).contains("A drone over the assembly");
		assertThat(chosen.get(home + "/risk").body()).contains("Compartida").doesNotContain("Reservada");
		assertThat(chosen.get(shared + "/settings").statusCode()).isEqualTo(403);
		assertThat(ally.get(home + "/risk").body()).contains("Compartida").doesNotContain("Reservada");
		assertThat(ally.get(shared).body()).contains("Surveillance");
		assertThat(ally.get(kept).statusCode()).isEqualTo(404);
		assertThat(other.get(home + "/risk").body()).doesNotContain("Compartida", "Reservada");

		Browser outsider = Collectives.coordinator(http(), registry());
		String elsewhere = Collectives.found(outsider, "Extraños");
		for (Browser stranger : List.of(other, outsider)) {
			String withForm = (stranger == other) ? home + "/alerts/new" : elsewhere + "/risk";
			for (String path : List.of(shared, shared + "/settings", shared + "/threats/new", threat,
					shared + "/reviews/1", shared + ".json", kept)) {
				assertThat(stranger.get(path).statusCode()).as(path).isEqualTo(404);
			}
			for (String path : List.of(shared + "/threats", threat, threat + "/delete", shared + "/reviews",
					shared + "/collective", shared + "/settings")) {
				stranger.get(withForm);
				assertThat(stranger.submit(path, "title", "x", "facts_text", "x", "likelihood", "1", "impact", "1")
					.statusCode()).as(path).isEqualTo(404);
			}
		}
		assertThat(outsider.get(home + "/risk").statusCode()).isEqualTo(404);
		assertThat(coordinator.get(threat).body()).contains("A drone over the assembly");
	}

	@Test
	default void riskKeepsTheWordsOfAnAssessmentSealedAndGivesThemAsJson() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Sellos");
		String title = Collectives.marker("title");
		String facts = Collectives.marker("facts");
		String weakness = Collectives.marker("weakness");
		String strength = Collectives.marker("strength");
		String facilitator = Collectives.marker("facilitator");
		coordinator.get(home + "/risk");
		HttpResponse<String> created = coordinator.submit(home + "/risk", "title", title, "facilitator", facilitator,
				"held_on", today().toString(), "every", "6");
		String assessment = Collectives.location(created);
		coordinator.get(assessment + "/threats/new");
		HttpResponse<String> threat = coordinator.submit(assessment + "/threats", "title", "Sealed " + title,
				"facts_text", facts, "source", "Unknown", "likelihood", "2", "impact", "2", "v_youth", weakness,
				"c_elders", strength);
		assertThat(threat.statusCode()).isEqualTo(302);

		String dump = DatabaseDump.of(jdbc());
		for (String word : List.of(title, facts, weakness, strength, facilitator)) {
			assertThat(dump).doesNotContain(word);
		}
		String json = coordinator.get(assessment + ".json").body();
		assertThat(json).contains("\"format\":\"tejido-risk-assessment/1\"", title, facts, weakness, strength,
				"\"group\":\"youth\"", "\"likelihood\":2", "\"number\":1");
		coordinator.get(assessment);
		coordinator.submit(assessment + "/reviews", "held_on", today().toString());
		assertThat(coordinator.get(assessment + ".json").body()).contains("\"number\":2", "\"number\":1");
		assertThat(coordinator.get(assessment + ".json?reviews=latest").body()).contains("\"number\":2")
			.doesNotContain("\"number\":1");
	}

	@Test
	default void riskPagesFitTheFirstRoundTripAndAreValidInEveryLanguage() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Páginas");
		String assessment = create(coordinator, home, "Páginas 2026", today().minusMonths(3));
		String threat = threat(coordinator, assessment, "Threat with a long analysis", "x".repeat(600), "3", "4");
		coordinator.get(assessment);
		coordinator.submit(assessment + "/reviews", "held_on", today().toString());
		threat(coordinator, assessment, "Second threat", "Facts of the second threat", "2", "4");
		for (Lang lang : Lang.values()) {
			for (String path : List.of(home + "/risk", assessment, assessment + "/threats/new", threat,
					assessment + "/settings", assessment + "/reviews/1")) {
				String localised = path.replaceFirst("^/en/", "/" + lang.code() + "/");
				HttpResponse<byte[]> page = coordinator.getBytes(localised, "Accept-Encoding", "gzip");
				assertThat(page.statusCode()).as(localised).isEqualTo(200);
				assertThat(page.body().length).as(localised)
					.isLessThanOrEqualTo(SitePagesContract.FIRST_ROUND_TRIP_BYTES);
				String html = Http.gunzip(page.body());
				assertThat(HtmlValidator.errorsIn(html)).as(localised).isEmpty();
				assertThat(html).as(localised).doesNotContain("risk.", "<script");
			}
		}
	}

	@Test
	default void riskRegisterTakesAFindingIntoANewOrAnExistingAssessment() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Registro");
		UUID collective = UUID.fromString(home.substring(6));
		UUID founder = jdbc()
			.sql("select id from collective_member where collective_id = ? and upper(role) = 'COORDINATOR'")
			.param(collective)
			.query(UUID.class)
			.single();
		Membership membership = new Membership(collective, founder, CollectiveRole.COORDINATOR);
		RiskRegister register = context().getBean(RiskRegister.class);
		UUID created = register.addFinding(membership, null, new RiskRegister.Finding("Network indicators, 2026-12-03",
				"No ally at national level", "Meet one national organisation"));
		assertThat(register.readable(membership)).singleElement()
			.satisfies((ref) -> assertThat(ref.title()).isEqualTo("Network indicators, 2026-12-03"))
			.satisfies((ref) -> assertThat(ref.reviewedOn()).isEqualTo(today()));
		UUID same = register.addFinding(membership, created,
				new RiskRegister.Finding("Network indicators", "One leader holds every tie", "Share the contacts"));
		assertThat(same).isEqualTo(created);
		String page = coordinator.get(home + "/risk/" + created).body();
		assertThat(page).contains("No ally at national level (Network indicators, 2026-12-03)",
				"Meet one national organisation", "Share the contacts");
		Assessments assessments = context().getBean(Assessments.class);
		assertThat(assessments.readable(membership, created).orElseThrow().vulnerabilities()).hasSize(2);
		assertThat(assessments.readable(membership, created).orElseThrow().candidates()).hasSize(2);
		assertThatThrownBy(
				() -> register.addFinding(membership, UUID.randomUUID(), new RiskRegister.Finding("x", "y", "z")))
			.isInstanceOf(NotFound.class);
		Membership member = new Membership(collective, UUID.randomUUID(), CollectiveRole.MEMBER);
		assertThat(register.readable(member)).isEmpty();
	}

	private String create(Browser coordinator, String home, String title, LocalDate heldOn) {
		coordinator.get(home + "/risk");
		HttpResponse<String> created = coordinator.submit(home + "/risk", "title", title, "held_on", heldOn.toString(),
				"every", "3");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		return Collectives.location(created);
	}

	private String threat(Browser coordinator, String assessment, String title, String facts, String likelihood,
			String impact) {
		coordinator.get(assessment + "/threats/new");
		HttpResponse<String> added = coordinator.submit(assessment + "/threats", "title", title, "facts_text", facts,
				"likelihood", likelihood, "impact", impact, "v_collective", "Vulnerability of " + title);
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		String location = Collectives.location(added);
		assertThat(ID.matcher(location).find()).isTrue();
		return location;
	}

	private static String versionIn(String html) {
		Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
		assertThat(version.find()).isTrue();
		return version.group(1);
	}

	private static String memberIn(String settings, String name) {
		Matcher member = Pattern.compile("value=\"([0-9a-f-]{36})\"[^>]*> " + Pattern.quote(name) + " ")
			.matcher(settings);
		assertThat(member.find()).as(settings).isTrue();
		return member.group(1);
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
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

	private static String codeIn(String text) {
		Matcher code = Pattern.compile("\\b(\\d{4,8})\\b").matcher(text);
		assertThat(code.find()).as(text).isTrue();
		return code.group(1);
	}

}
