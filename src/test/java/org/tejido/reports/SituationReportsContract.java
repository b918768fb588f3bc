package org.tejido.reports;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.Role;
import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.site.Lang;
import org.tejido.site.SitePagesContract;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.Curators;
import org.tejido.support.HtmlValidator;
import org.tejido.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Situation reports through their pages: what leaves a collective carries no name, no
 * words and no position finer than chosen, small counts suppressed, counts right; the
 * page fits the first round trip in every language; the coalition sees shared reports
 * added up, and no longer sees or counts one its collective withdrew; only coordinators
 * reach a collective's reports, only administrators and curators the coalition's; bad
 * requests are refused by name and keep nothing.
 */
public interface SituationReportsContract {

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	/** A collective with alerts and observations, and what must never leave it. */
	record Seeded(Browser coordinator, String home, List<String> secrets) {
	}

	@Test
	default void reportsShowNoNameAndNoPlaceFinerThanTheChosenPrecision() throws Exception {
		Seeded s = seeded("Informe Sur");
		String query = "period=custom&from=" + monthsAgo(2) + "&to=" + today() + "&precision=0.1&threshold=3";

		HttpResponse<String> preview = s.coordinator().get(s.home() + "/reports/preview?" + query);
		assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
		String html = preview.body();
		assertThat(html).doesNotContainIgnoringCase(s.secrets().toArray(String[]::new));
		assertThat(html).contains("<h1>Situation report</h1>", "Alerts per month",
				"<td>2.5</td><td>-76.6</td><td>4</td>", "&lt;3");
		for (String number : numbersIn(printed(html))) {
			assertThat(decimals(number)).as(number).isLessThanOrEqualTo(1);
		}

		HttpResponse<String> download = s.coordinator().get(s.home() + "/reports/report.csv?" + query);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		String csv = download.body();
		assertThat(csv).doesNotContainIgnoringCase(s.secrets().toArray(String[]::new));
		List<CSVRecord> rows = rows(csv);
		Map<String, String> values = new HashMap<>();
		for (CSVRecord row : rows) {
			assertThat(row.size()).isEqualTo(6);
			for (String coordinate : List.of(row.get("latitude"), row.get("longitude"))) {
				if (!coordinate.isEmpty()) {
					BigDecimal degrees = new BigDecimal(coordinate);
					assertThat(degrees.scale()).as(coordinate).isLessThanOrEqualTo(1);
					assertThat(degrees.remainder(new BigDecimal("0.1")).signum()).isZero();
				}
			}
			values.put(String.join("|", row.get("section"), row.get("month"), row.get("key"), row.get("latitude"),
					row.get("longitude")), row.get("value"));
		}
		String now = today().toString().substring(0, 7);
		assertThat(values).containsEntry("report||threshold||", "3")
			.containsEntry("report||precision||", "0.1")
			.containsEntry("alerts.category|" + now + "|extraction||", "3")
			.containsEntry("alerts.category|" + now + "|threat||", "<3")
			.containsEntry("alerts.severity||high||", "3")
			.containsEntry("alerts.severity||critical||", "<3")
			.containsEntry("alerts.severity||low||", "0")
			.containsEntry("alerts.status||open||", "3")
			.containsEntry("alerts.status||closed||", "<3")
			.containsEntry("observations.category|" + monthsAgo(1).toString().substring(0, 7) + "|fire||", "3")
			.containsEntry("observations.category|" + monthsAgo(2).toString().substring(0, 7) + "|water||", "<3")
			.containsEntry("observations.location|||2.5|-76.6", "4")
			.containsEntry("observations.unlocated||||", "<3")
			.containsEntry("risk.band||critical||", "3")
			.containsEntry("risk.band||medium||", "<3")
			.containsEntry("risk.band||low||", "0")
			.containsEntry("risk.change||up||", "<3")
			.containsEntry("risk.change||down||", "0")
			.containsEntry("measures.overdue||||", "0");
		assertThat(s.coordinator().get(s.home() + "/activity").body()).contains("downloaded a situation report");

		String coarse = s.coordinator()
			.get(s.home() + "/reports/report.csv?"
					+ query.replace("precision=0.1", "precision=1").replace("threshold=3", "threshold=1"))
			.body();
		assertThat(coarse).contains("observations.location,,,2,-77,4", "observations.unlocated,,,,,1",
				"alerts.category," + now + ",threat,,,1", "risk.change,,up,,,1", "risk.band,,medium,,,1");
		String none = s.coordinator()
			.get(s.home() + "/reports/report.csv?" + query.replace("precision=0.1", "precision=none"))
			.body();
		assertThat(none).doesNotContain("observations.location", "2.5", "-76");
		String alertsOnly = s.coordinator().get(s.home() + "/reports/preview?" + query + "&include=alerts").body();
		assertThat(alertsOnly).contains("Alerts per month").doesNotContain("Observations per month", "Latitude");
	}

	@Test
	default void reportsPreviewAndFormFitTheFirstRoundTripAndAreValidInEveryLanguage() throws Exception {
		Seeded s = seeded("Informe Liviano");
		String query = "period=custom&from=" + monthsAgo(11).withDayOfMonth(1) + "&to=" + today()
				+ "&precision=0.5&threshold=2";
		Map<String, Integer> largest = new HashMap<>();
		for (Lang lang : Lang.values()) {
			for (String path : List.of(s.home() + "/reports/preview?" + query, s.home() + "/reports")) {
				String localised = "/" + lang.code() + path.substring(3);
				HttpResponse<byte[]> page = s.coordinator().getBytes(localised, "Accept-Encoding", "gzip");
				assertThat(page.statusCode()).as(localised).isEqualTo(200);
				assertThat(page.body().length).as(localised)
					.isLessThanOrEqualTo(SitePagesContract.FIRST_ROUND_TRIP_BYTES);
				assertThat(HtmlValidator.errorsIn(Http.gunzip(page.body()))).as(localised).isEmpty();
				largest.merge(path.contains("preview") ? "preview" : "form", page.body().length, Math::max);
			}
		}
		System.out.println("Largest report pages of 12 months, bytes gzipped, of 5 languages: " + largest);
		HttpResponse<String> preview = s.coordinator().get(s.home() + "/reports/preview?" + query);
		assertThat(preview.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("style-src 'sha256-");
		assertThat(preview.body()).contains("@page{size:A4", "<svg", "Share with the coalition").doesNotContain("<nav");
	}

	@Test
	default void reportsSharedByTwoCollectivesAreAddedUpForTheCoalition() throws Exception {
		Browser first = Collectives.coordinator(http(), registry());
		String firstHome = Collectives.found(first, "Coalición Norte");
		Browser second = Collectives.coordinator(http(), registry());
		String secondHome = Collectives.found(second, "Coalición Oculta");
		for (int i = 0; i < 2; i++) {
			alert(first, firstHome, "extraction", "high", "", "maquinaria pesada");
		}
		alert(first, firstHome, "threat", "critical", "", "llamada anónima");
		for (int i = 0; i < 3; i++) {
			alert(second, secondHome, "extraction", "medium", "", "camiones de noche");
		}
		alert(second, secondHome, "threat", "high", "", "panfleto");
		String period = "period=custom&from=" + today().withDayOfMonth(1) + "&to=" + today();
		Browser admin = administrator();
		assertThat(admin.get("/en/coalition/reports").body()).doesNotContain("Coalición Norte");

		share(first, firstHome, period + "&precision=0.1&threshold=1", true);
		share(second, secondHome, period + "&precision=1&threshold=3", false);
		assertThat(first.get(firstHome + "/reports").body()).contains("with our name");
		assertThat(exported(first.getBytes(firstHome + "/export").body()))
			.startsWith("section,month,key,latitude,longitude,value")
			.contains("alerts.category," + today().toString().substring(0, 7) + ",extraction,,,2");
		assertThat(second.get(secondHome + "/activity").body())
			.contains("shared a situation report with the coalition");

		HttpResponse<String> combined = admin.get("/en/coalition/reports");
		assertThat(combined.statusCode()).isEqualTo(200);
		assertThat(HtmlValidator.errorsIn(combined.body())).isEmpty();
		String month = String.format("%02d", today().getMonthValue());
		assertThat(combined.body()).contains("<td>Coalición Norte</td>", "<td>a collective</td>")
			.doesNotContain("Coalición Oculta", "maquinaria", "panfleto", "Founder");
		String extraction = rowOf(combined.body(), "deforestation, mining or other illegal extraction");
		assertThat(extraction).as(month).contains("<td>5</td>");
		String threat = rowOf(combined.body(), "threat or intimidation");
		assertThat(threat).contains("<td>…</td>").doesNotContain("<td>2</td>", "<td>1</td>");
		for (Lang lang : Lang.values()) {
			HttpResponse<byte[]> page = admin.getBytes("/" + lang.code() + "/coalition/reports", "Accept-Encoding",
					"gzip");
			assertThat(page.body().length).isLessThanOrEqualTo(SitePagesContract.FIRST_ROUND_TRIP_BYTES);
			assertThat(HtmlValidator.errorsIn(Http.gunzip(page.body()))).as(lang.code()).isEmpty();
		}

		String curator = Curators.unique("curator");
		registry().open(curator, "Curator", Curators.PASSWORD, Role.CURATOR);
		Browser curating = new Browser(http());
		Curators.signInAndEnrol(curating, "en", curator);
		assertThat(curating.get("/en/coalition/reports").statusCode()).isEqualTo(200);
		assertThat(Collectives.person(http(), registry()).get("/en/coalition/reports").statusCode()).isEqualTo(404);
		assertThat(first.get("/en/coalition/reports").statusCode()).isEqualTo(404);
		assertThat(new Browser(http()).get("/en/coalition/reports").statusCode()).isEqualTo(404);
	}

	@Test
	default void reportsWithdrawnByTheirCoordinatorAreNoLongerSeenOrCountedByTheCoalition() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String name = "Retiro Propio " + Collectives.marker("c").substring(6, 14);
		String home = Collectives.found(coordinator, name);
		Browser member = Collectives.member(http(), registry(), coordinator, home, "member", "Teresa Ipia");
		Browser neighbour = Collectives.coordinator(http(), registry());
		String neighbourHome = Collectives.found(neighbour, "Retiro Vecino");
		for (int i = 0; i < 4; i++) {
			alert(coordinator, home, "eviction", "high", "", "desalojo anunciado");
		}
		Browser admin = administrator();
		String before = coalition(admin);
		String query = "period=custom&from=" + today().withDayOfMonth(1) + "&to=" + today()
				+ "&precision=none&threshold=1&include=alerts";
		share(coordinator, home, query, false);
		share(coordinator, home, query, true);
		List<String> ids = sharedIds(coordinator.get(home + "/reports").body());
		assertThat(ids).hasSize(2);
		String latest = ids.get(0);
		String earlier = ids.get(1);
		for (Lang lang : Lang.values()) {
			String localised = "/" + lang.code() + home.substring(3) + "/reports";
			HttpResponse<byte[]> page = coordinator.getBytes(localised, "Accept-Encoding", "gzip");
			assertThat(page.body().length).as(localised).isLessThanOrEqualTo(SitePagesContract.FIRST_ROUND_TRIP_BYTES);
			assertThat(HtmlValidator.errorsIn(Http.gunzip(page.body()))).as(localised).isEmpty();
		}
		String shown = coalition(admin);
		assertThat(shown).contains("<td>" + name + "</td>");
		assertThat(rowOf(shown, "eviction or displacement")).contains("<td>4</td>");

		member.get("/en/account");
		assertThat(member.submit(home + "/reports/shared/" + latest + "/withdraw").statusCode()).as("member")
			.isEqualTo(404);
		neighbour.get("/en/account");
		assertThat(neighbour.submit(neighbourHome + "/reports/shared/" + latest + "/withdraw").statusCode())
			.as("another collective's coordinator")
			.isEqualTo(404);
		assertThat(kept(ids)).isEqualTo(2);
		assertThat(coalition(admin)).isEqualTo(shown);
		assertThat(neighbour.get(neighbourHome + "/activity").body()).doesNotContain("withdrew");

		coordinator.get(home + "/reports");
		HttpResponse<String> withdrawn = coordinator.submit(home + "/reports/shared/" + latest + "/withdraw");
		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(302);
		String back = withdrawn.headers().firstValue("Location").orElseThrow();
		assertThat(back).endsWith(home + "/reports?withdrawn=1");
		String page = coordinator.get(home + "/reports?withdrawn=1").body();
		assertThat(page).contains("The report was withdrawn", earlier).doesNotContain(latest);
		assertThat(coordinator.get("/es" + home.substring(3) + "/reports?withdrawn=1").body())
			.contains("El informe fue retirado");
		String fallback = coalition(admin);
		assertThat(fallback).doesNotContain("<td>" + name + "</td>");
		assertThat(rowOf(fallback, "eviction or displacement")).as("the earlier report, still shared")
			.contains("<td>4</td>");

		for (String gone : List.of(latest, "not-a-report", java.util.UUID.randomUUID().toString())) {
			coordinator.get(home + "/reports");
			assertThat(coordinator.submit(home + "/reports/shared/" + gone + "/withdraw").statusCode()).as(gone)
				.isEqualTo(404);
		}
		coordinator.get(home + "/reports");
		assertThat(coordinator.submit(home + "/reports/shared/" + earlier + "/withdraw").statusCode()).isEqualTo(302);
		assertThat(kept(ids)).isZero();
		assertThat(coalition(admin)).isEqualTo(before);
		assertThat(coordinator.get(home + "/reports").body()).contains("None yet.").doesNotContain("/withdraw");
		assertThat(entries(coordinator.getBytes(home + "/export").body())).noneMatch((e) -> e.startsWith("reports/"));
		String activity = coordinator.get(home + "/activity").body();
		assertThat(activity.split("withdrew a situation report from the coalition", -1)).hasSize(3);
	}

	@Test
	default void reportsAreForCoordinatorsOnlyAndEveryoneElseIsToldTheyDoNotExist() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Informe Cerrado");
		Browser member = Collectives.member(http(), registry(), coordinator, home, "member", "Mariela Ortiz");
		Browser ally = Collectives.member(http(), registry(), coordinator, home, "ally", "Aliado Externo");
		Browser outsider = Collectives.person(http(), registry());
		String query = "?period=last-month&precision=0.1&threshold=3";
		share(coordinator, home, query.substring(1), false);
		String id = sharedIds(coordinator.get(home + "/reports").body()).getFirst();
		long before = shared();
		for (Browser someone : List.of(member, ally, outsider)) {
			for (String path : List.of(home + "/reports", home + "/reports/preview" + query,
					home + "/reports/report.csv" + query)) {
				assertThat(someone.get(path).statusCode()).as(path).isEqualTo(404);
			}
			someone.get("/en/account");
			HttpResponse<String> shared = someone.submit(home + "/reports/shared", "period", "last-month", "precision",
					"0.1", "threshold", "3");
			assertThat(shared.statusCode()).isEqualTo(404);
			someone.get("/en/account");
			assertThat(someone.submit(home + "/reports/shared/" + id + "/withdraw").statusCode()).isEqualTo(404);
		}
		assertThat(shared()).isEqualTo(before);
		assertThat(kept(List.of(id))).isEqualTo(1);
		assertThat(member.get(home).body()).doesNotContain("/reports\"");
		assertThat(coordinator.get(home).body()).contains(home + "/reports\"");
		assertThat(coordinator.get(home + "/reports").statusCode()).isEqualTo(200);
		assertThat(coordinator.submit(home + "/reports/shared/" + id + "/withdraw").statusCode()).isEqualTo(302);
		assertThat(kept(List.of(id))).isZero();
	}

	@Test
	default void reportsRefuseBadPeriodsPrecisionsAndThresholdsByNameAndKeepNothing() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Informe Errado");
		long before = shared();
		String[][] bad = {
				{ "period=custom&from=2026-03-01&to=2026-02-01&precision=0.1&threshold=3",
						"The period ends before it starts." },
				{ "period=custom&from=2019-01-01&to=2024-06-01&precision=0.1&threshold=3",
						"A report covers at most 5 years." },
				{ "period=last-year&precision=0.01&threshold=3", "Choose how locations are shown" },
				{ "period=last-year&precision=0.1&threshold=0", "whole number from 1 to 10" },
				{ "period=last-year&precision=0.1&threshold=11", "whole number from 1 to 10" },
				{ "period=last-year&precision=0.1&threshold=three", "whole number from 1 to 10" },
				{ "period=custom&from=yesterday&to=2026-01-01&precision=0.1&threshold=3",
						"Give both dates of the period" } };
		for (String[] request : bad) {
			for (String route : List.of("/reports/preview?", "/reports/report.csv?")) {
				HttpResponse<String> refused = coordinator.get(home + route + request[0]);
				assertThat(refused.statusCode()).as(route + request[0]).isEqualTo(422);
				assertThat(refused.body()).contains(request[1]);
				assertThat(HtmlValidator.errorsIn(refused.body())).isEmpty();
			}
			coordinator.get(home + "/reports/preview?period=last-month");
			List<String> fields = new ArrayList<>();
			for (String pair : request[0].split("&")) {
				fields.addAll(List.of(pair.split("=", 2)));
			}
			HttpResponse<String> refused = coordinator.submit(home + "/reports/shared", fields.toArray(String[]::new));
			assertThat(refused.statusCode()).isEqualTo(422);
			assertThat(refused.body()).contains(request[1]);
		}
		String token = coordinator.get(home + "/reports/preview?period=last-month")
			.body()
			.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		HttpResponse<String> withoutPrecision = coordinator.post(home + "/reports/shared",
				"_csrf=" + token + "&period=last-year&threshold=3");
		assertThat(withoutPrecision.statusCode()).as("a share that leaves out the precision").isEqualTo(422);
		assertThat(withoutPrecision.body()).contains("Choose how locations are shown");
		assertThat(coordinator.get(home + "/reports/preview?period=last-year").statusCode())
			.as("a preview that leaves it out shows the usual report")
			.isEqualTo(200);
		assertThat(shared()).isEqualTo(before);
		assertThat(coordinator.get(home + "/activity").body()).doesNotContain("situation report");
	}

	private Seeded seeded(String name) throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String collective = name + " " + Collectives.marker("c").substring(6, 14);
		String home = Collectives.found(coordinator, collective);
		String reporter = "Rosa Quintero";
		Browser member = Collectives.member(http(), registry(), coordinator, home, "member", reporter);
		String contact = "Julián Cuéllar";
		Collectives.addContact(coordinator, home, contact, "", "", "member");
		coordinator.get(home + "/territory/places/new");
		HttpResponse<String> place = coordinator.submit(home + "/territory/places", "name", "Cruce del Río Frío",
				"kind", "river-crossing", "sensitivity", "members", "coordinates", "2.4512, -76.6123");
		assertThat(place.statusCode()).as(place.body()).isEqualTo(302);
		String placeId = Collectives.location(place).replaceFirst(".*/places/", "");

		alert(coordinator, home, "extraction", "high", "Quebrada Honda", "retroexcavadoras sin permiso");
		alert(member, home, "extraction", "high", "", "volquetas cargadas de madera");
		alert(coordinator, home, "extraction", "high", "", "motosierras al amanecer");
		String threat = alert(member, home, "threat", "critical", "Vereda El Silencio", "panfleto con nombres");
		coordinator.get(threat);
		assertThat(coordinator.submit(threat + "/close", "note", "resuelto").statusCode()).isEqualTo(302);

		String fireDay = monthsAgo(1).withDayOfMonth(1) + "T10:00";
		for (int i = 0; i < 3; i++) {
			observe(coordinator, home, "fire", "", "2.4567, -76.6321", fireDay, "humo detrás de la loma " + i);
		}
		observe(coordinator, home, "water", placeId, "", monthsAgo(2).withDayOfMonth(1) + "T10:00",
				"agua turbia río abajo");
		observe(member, home, "boundary", "", "", monthsAgo(1).withDayOfMonth(2) + "T10:00",
				"mojón arrancado junto al potrero");
		assess(coordinator, home);
		return new Seeded(coordinator, home,
				List.of("Hombres armados", "Amenazas por radio", "Cartel en la escuela", "Rumor de desalojo",
						"Evaluación del cruce", reporter, contact, "Founder " + collective, "Cruce del Río Frío",
						"Quebrada Honda", "Vereda El Silencio", "retroexcavadoras", "volquetas", "motosierras",
						"panfleto", "resuelto", "humo detrás", "agua turbia", "mojón", "2.4567", "76.6321", "2.4512",
						"76.6123", "2.45", "76.61", "76.63"));
	}

	/**
	 * An assessment whose latest review holds three critical threats and one medium one,
	 * which went up from low since the review before.
	 */
	private static void assess(Browser coordinator, String home) {
		coordinator.get(home + "/risk");
		HttpResponse<String> created = coordinator.submit(home + "/risk", "title", "Evaluación del cruce", "held_on",
				today().minusDays(20).toString(), "every", "3");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String assessment = Collectives.location(created);
		for (String title : List.of("Hombres armados", "Amenazas por radio", "Cartel en la escuela")) {
			threat(coordinator, assessment + "/threats", title, "4", "5");
		}
		String rumour = threat(coordinator, assessment + "/threats", "Rumor de desalojo", "1", "1");
		coordinator.get(assessment);
		HttpResponse<String> review = coordinator.submit(assessment + "/reviews", "held_on", today().toString(),
				"next_review_on", today().plusMonths(3).toString());
		assertThat(review.statusCode()).as(review.body()).isEqualTo(302);
		coordinator.get(rumour);
		threat(coordinator, rumour, "Rumor de desalojo", "3", "3");
	}

	private static String threat(Browser coordinator, String action, String title, String likelihood, String impact) {
		if (action.endsWith("/threats")) {
			coordinator.get(action + "/new");
		}
		HttpResponse<String> saved = coordinator.submit(action, "title", title, "facts_text", title + " en la vereda",
				"likelihood", likelihood, "impact", impact);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		return Collectives.location(saved);
	}

	private static String alert(Browser browser, String home, String category, String severity, String place,
			String text) {
		browser.get(home + "/alerts/new");
		HttpResponse<String> reported = browser.submit(home + "/alerts", "category", category, "severity", severity,
				"place", place, "position", place.isEmpty() ? "" : "2.444812, -76.614731", "text", text);
		assertThat(reported.statusCode()).as(reported.body()).isEqualTo(302);
		return Collectives.location(reported);
	}

	private static void observe(Browser browser, String home, String category, String place, String position,
			String when, String text) {
		browser.get(home + "/territory/observations/new");
		HttpResponse<String> observed = browser.submitMultipart(home + "/territory/observations",
				List.of(new String[] { "category", category }, new String[] { "place", place },
						new String[] { "position", position }, new String[] { "when", when },
						new String[] { "text", text }),
				null, null);
		assertThat(observed.statusCode()).as(observed.body()).isEqualTo(302);
	}

	private static void share(Browser coordinator, String home, String query, boolean withName) {
		coordinator.get(home + "/reports/preview?" + query);
		List<String> fields = new ArrayList<>();
		if (withName) {
			fields.addAll(List.of("show_name", "yes"));
		}
		HttpResponse<String> shared = coordinator.submit(home + "/reports/shared", fields.toArray(String[]::new));
		assertThat(shared.statusCode()).as(shared.body()).isEqualTo(302);
	}

	private Browser administrator() throws Exception {
		String email = Curators.unique("admin");
		registry().open(email, "Administrator", Curators.PASSWORD, Role.ADMINISTRATOR);
		Browser admin = new Browser(http());
		Curators.signInAndEnrol(admin, "en", email);
		return admin;
	}

	/** The first shared report in a collective's export. */
	private static String exported(byte[] zip) throws java.io.IOException {
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
				new java.io.ByteArrayInputStream(zip))) {
			for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().startsWith("reports/shared-") && entry.getName().endsWith(".csv")) {
					return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no shared report in the export");
	}

	private long shared() {
		return jdbc().sql("select count(*) from report_shared").query(Long.class).single();
	}

	/** How many of these shared reports are still kept. */
	private long kept(List<String> ids) {
		return ids.stream()
			.mapToLong((id) -> jdbc().sql("select count(*) from report_shared where id = ?")
				.param(java.util.UUID.fromString(id))
				.query(Long.class)
				.single())
			.sum();
	}

	/** The coalition's combined view, in English. */
	private static String coalition(Browser admin) {
		HttpResponse<String> view = admin.get("/en/coalition/reports");
		assertThat(view.statusCode()).isEqualTo(200);
		return view.body();
	}

	/** The ids of the shared reports a collective's reports page offers to withdraw. */
	private static List<String> sharedIds(String html) {
		List<String> ids = new ArrayList<>();
		Matcher withdraw = Pattern.compile("/reports/shared/([0-9a-f-]{36})/withdraw\"").matcher(html);
		while (withdraw.find()) {
			ids.add(withdraw.group(1));
		}
		return ids;
	}

	/** The names of the files in a zip. */
	private static List<String> entries(byte[] zip) throws java.io.IOException {
		List<String> names = new ArrayList<>();
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
				new java.io.ByteArrayInputStream(zip))) {
			for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	private static LocalDate monthsAgo(int months) {
		return today().minusMonths(months).withDayOfMonth(1);
	}

	/**
	 * The page without its style sheet and drawings, whose numbers are not coordinates.
	 */
	private static String printed(String html) {
		return html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("(?s)<svg.*?</svg>", "");
	}

	private static List<String> numbersIn(String text) {
		List<String> numbers = new ArrayList<>();
		Matcher number = Pattern.compile("-?\\d+[.,]\\d+").matcher(text);
		while (number.find()) {
			numbers.add(number.group());
		}
		return numbers;
	}

	private static int decimals(String number) {
		return number.length() - number.replace(',', '.').indexOf('.') - 1;
	}

	private static List<CSVRecord> rows(String csv) throws Exception {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
	}

	private static String rowOf(String html, String label) {
		Matcher row = Pattern.compile("<tr><th scope=\"row\">" + Pattern.quote(label) + "</th>(.*?)</tr>")
			.matcher(html);
		assertThat(row.find()).as(label).isTrue();
		return row.group(1);
	}

}
