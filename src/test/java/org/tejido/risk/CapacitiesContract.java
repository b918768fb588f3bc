package org.tejido.risk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collective's self-assessment over time: coordinators and members take and read
 * checks of the five capacities and the results reached, see them as trend charts that
 * fit the first round trip in every language, change them without overwriting each other,
 * and export them; allies and strangers find nothing; bad input keeps nothing; notes are
 * sealed.
 */
public interface CapacitiesContract {

	String[] CAPACITIES = { "remain", "know", "decide", "networks", "action" };

	Pattern CHECK = Pattern.compile("/capacities/([0-9a-f-]{36})");

	Pattern POINTS = Pattern.compile("<polyline[^>]* points=\"([^\"]*)\"");

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	@Test
	default void capacitiesChartTwoChecksAsTwoPointsInTimeForFiveCapacitiesInEveryLanguage() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Capacidades del Río");
		LocalDate today = LocalDate.now();
		String earlier = location(take(coordinator, home, today.minusMonths(3), new int[] { 1, 2, 2, 1, 3 }, "yes",
				"Primera evaluación"));
		String latest = location(
				take(coordinator, home, today, new int[] { 3, 2, 1, 4, 3 }, "partly", "Segunda evaluación"));
		assertThat(earlier).isNotEqualTo(latest);

		String overview = coordinator.get(home + "/capacities").body();
		String chart = overview.substring(overview.indexOf("<svg"), overview.indexOf("</svg>"));
		assertThat(chart.split("<g class=\"series\"", -1)).hasSize(6);
		Set<String> xs = new TreeSet<>();
		Matcher points = POINTS.matcher(chart);
		int series = 0;
		while (points.find()) {
			series++;
			String[] each = points.group(1).split(" ");
			assertThat(each).hasSize(2);
			for (String point : each) {
				xs.add(point.split(",")[0]);
			}
		}
		assertThat(series).isEqualTo(5);
		assertThat(xs).hasSize(2);
		assertThat(chart).contains("role=\"img\"", "<title id=\"capacities-chart-t\">Capacities over time</title>",
				"Remain: mostly (3/4), up 2 since " + today.minusMonths(3),
				"Decide together: not yet (1/4), down 1 since", "Know: a little (2/4), unchanged since",
				">" + today + "<", ">" + today.minusMonths(3) + "<");
		assertThat(overview).contains("<svg", "results-chart-t", "<caption>")
			.contains("0 of 16 results reached, 16 partly.");

		Map<String, Integer> largest = new LinkedHashMap<>();
		for (Lang lang : Lang.values()) {
			String in = "/" + lang.code() + home.substring(3);
			largest.merge("overview", fitsAndIsValid(coordinator, in + "/capacities"), Math::max);
			largest.merge("new", fitsAndIsValid(coordinator, in + "/capacities/new"), Math::max);
			largest.merge("check", fitsAndIsValid(coordinator, "/" + lang.code() + latest.substring(3)), Math::max);
		}
		System.out.println("Largest capacity pages with 2 checks, bytes gzipped, of 5 languages: " + largest);
	}

	@Test
	default void capacitiesPageWithTwelveChecksStillFitsTheFirstRoundTripInEveryLanguage() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Doce Evaluaciones");
		LocalDate first = LocalDate.now().minusMonths(12);
		for (int i = 0; i < 12; i++) {
			int[] scores = { 1 + i % 4, 1 + (i + 1) % 4, 1 + (i / 3) % 4, 4 - i % 4, 2 };
			assertThat(take(coordinator, home, first.plusMonths(i), scores, (i % 2 == 0) ? "yes" : "partly",
					"Evaluación número " + i + " con una nota algo larga sobre lo que vimos y decidimos juntos")
				.statusCode()).isEqualTo(302);
		}
		String overview = coordinator.get(home + "/capacities").body();
		Matcher points = POINTS.matcher(overview);
		assertThat(points.find()).isTrue();
		assertThat(points.group(1).split(" ")).hasSize(12);
		assertThat(overview.split("<tr><th scope=\"row\">", -1)).hasSize(13);
		int largest = 0;
		for (Lang lang : Lang.values()) {
			largest = Math.max(largest,
					fitsAndIsValid(coordinator, "/" + lang.code() + home.substring(3) + "/capacities"));
		}
		System.out.println("Largest capacity overview with 12 checks, bytes gzipped, of 5 languages: " + largest);
	}

	@Test
	default void capacitiesAreTakenReadAndChangedByMembersToo() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Miembros Evaluando");
		Browser member = Collectives.member(http(), registry(), coordinator, home, "member", "Rosa");
		String byCoordinator = location(
				take(coordinator, home, LocalDate.now().minusDays(10), new int[] { 2, 2, 2, 2, 2 }, "yes", ""));
		assertThat(member.get(home + "/capacities").statusCode()).isEqualTo(200);
		assertThat(member.get(byCoordinator).body()).contains("a little (2/4)");
		HttpResponse<String> taken = take(member, home, LocalDate.now(), new int[] { 4, 3, 3, 3, 3 }, "partly",
				"Vista de Rosa");
		assertThat(taken.statusCode()).isEqualTo(302);
		assertThat(member.get(location(taken)).body()).contains("Vista de Rosa", "fully (4/4)");
		member.get(byCoordinator);
		HttpResponse<String> changed = member.submit(byCoordinator,
				fields(LocalDate.now().minusDays(10), new int[] { 3, 2, 2, 2, 2 }, "yes", "Corregido por Rosa"));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
		assertThat(coordinator.get(byCoordinator).body()).contains("Corregido por Rosa", "mostly (3/4)");
		assertThat(coordinator.get(home + "/activity").body()).contains("took a capacity check",
				"changed a capacity check");
	}

	@Test
	default void capacitiesAreNotThereForAlliesOrStrangersOnAnyRoute() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Evaluación Interna");
		String check = location(take(coordinator, home, LocalDate.now(), new int[] { 2, 2, 2, 2, 2 }, "yes", ""));
		Browser ally = Collectives.member(http(), registry(), coordinator, home, "ally", "Aliada");
		Browser stranger = Collectives.coordinator(http(), registry());
		String elsewhere = Collectives.found(stranger, "Otra Comunidad");
		assertThat(ally.get(home).statusCode()).isEqualTo(200);
		assertThat(stranger.get(elsewhere).statusCode()).isEqualTo(200);
		for (Browser outsider : List.of(ally, stranger)) {
			for (String path : List.of("/capacities", "/capacities/new", "/capacities.json")) {
				assertThat(outsider.get(home + path).statusCode()).as(path).isEqualTo(404);
			}
			assertThat(outsider.get(check).statusCode()).isEqualTo(404);
			// a form page of their own first, so that their posts carry a valid token
			assertThat(outsider.get("/en/account").body()).contains("name=\"_csrf\"");
			HttpResponse<String> taken = outsider.submit(home + "/capacities",
					fields(LocalDate.now().minusDays(1), new int[] { 1, 1, 1, 1, 1 }, "yes", "de fuera"));
			assertThat(taken.statusCode()).as(taken.body()).isEqualTo(404);
			outsider.get("/en/account");
			HttpResponse<String> changed = outsider.submit(check,
					plus(fields(LocalDate.now(), new int[] { 1, 1, 1, 1, 1 }, "yes", "de fuera"), "version", "0"));
			assertThat(changed.statusCode()).as(changed.body()).isEqualTo(404);
		}
		assertThat(coordinator.get(home + "/capacities").body()).doesNotContain("de fuera");
		assertThat(checksOf(home)).isEqualTo(1);
	}

	@Test
	default void capacitiesRefuseBadInputByNameAndKeepNothing() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Datos Malos");
		LocalDate today = LocalDate.now();
		HttpResponse<String> outOfScale = take(coordinator, home, today, new int[] { 2, 5, 2, 2, 2 }, "yes",
				"Nota que no debe quedar");
		assertThat(outOfScale.statusCode()).isEqualTo(422);
		assertThat(outOfScale.body())
			.contains("“Know what happens in and around the territory” takes a score from 1 to 4, not 5.")
			.contains("Nota que no debe quedar");
		HttpResponse<String> future = take(coordinator, home, today.plusDays(3), new int[] { 2, 2, 2, 2, 2 }, "yes",
				"");
		assertThat(future.statusCode()).isEqualTo(422);
		assertThat(future.body()).contains(today.plusDays(3) + " is in the future");
		coordinator.get(home + "/capacities/new");
		List<String> missing = new ArrayList<>(List.of(fields(today, new int[] { 2, 2, 2, 2, 2 }, "yes", "")));
		int at = missing.indexOf("score.decide");
		missing.remove(at);
		missing.remove(at);
		HttpResponse<String> noScore = coordinator.submit(home + "/capacities", missing.toArray(String[]::new));
		assertThat(noScore.statusCode()).isEqualTo(422);
		assertThat(noScore.body()).contains("Choose a score for “Decide together on the best course of action”.");
		coordinator.get(home + "/capacities/new");
		HttpResponse<String> badResult = coordinator.submit(home + "/capacities",
				with(fields(today, new int[] { 2, 2, 2, 2, 2 }, "yes", ""), "result.legal", "maybe"));
		assertThat(badResult.statusCode()).isEqualTo(422);
		coordinator.get(home + "/capacities/new");
		HttpResponse<String> badCount = coordinator.submit(home + "/capacities",
				with(fields(today, new int[] { 2, 2, 2, 2, 2 }, "yes", ""), "participants", "-3"));
		assertThat(badCount.statusCode()).isEqualTo(422);
		assertThat(HtmlValidator.errorsIn(badCount.body())).isEmpty();
		assertThat(checksOf(home)).isZero();

		String kept = location(take(coordinator, home, today, new int[] { 2, 2, 2, 2, 2 }, "yes", ""));
		HttpResponse<String> sameDay = take(coordinator, home, today, new int[] { 3, 3, 3, 3, 3 }, "yes",
				"Otra del mismo día");
		assertThat(sameDay.statusCode()).isEqualTo(422);
		assertThat(sameDay.body()).contains("There is already a check on " + today, "href=\"" + kept + "\"",
				"Otra del mismo día");
		coordinator.get(kept);
		HttpResponse<String> badChange = coordinator.submit(kept,
				fields(today, new int[] { 0, 2, 2, 2, 2 }, "yes", "Cambio malo"));
		assertThat(badChange.statusCode()).isEqualTo(422);
		assertThat(checksOf(home)).isEqualTo(1);
		assertThat(coordinator.get(kept).body()).doesNotContain("Cambio malo");
		assertThat(coordinator.get(home + "/capacities/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	default void capacitiesChangedMeanwhileAreNotOverwrittenAndTheAnswersAreKept() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Dos a la Vez");
		Browser member = Collectives.member(http(), registry(), coordinator, home, "member", "Tomás");
		LocalDate day = LocalDate.now().minusDays(2);
		String check = location(take(coordinator, home, day, new int[] { 2, 2, 2, 2, 2 }, "yes", ""));
		coordinator.get(check);
		member.get(check);
		assertThat(
				member.submit(check, fields(day, new int[] { 3, 3, 3, 3, 3 }, "yes", "Lo que vio Tomás")).statusCode())
			.isEqualTo(302);
		HttpResponse<String> stale = coordinator.submit(check,
				fields(day, new int[] { 1, 1, 1, 1, 1 }, "partly", "Lo que vio la coordinadora"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Someone saved this check after you opened it", "Lo que vio Tomás",
				">Lo que vio la coordinadora</textarea>", "name=\"version\" value=\"1\"");
		assertThat(HtmlValidator.errorsIn(stale.body())).isEmpty();
		assertThat(coordinator.get(check).body()).doesNotContain("Lo que vio la coordinadora");
		HttpResponse<String> again = coordinator.submit(check,
				fields(day, new int[] { 1, 1, 1, 1, 1 }, "partly", "Lo que vio la coordinadora"));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(coordinator.get(check).body()).contains("Lo que vio la coordinadora");
	}

	@Test
	default void capacitiesKeepNotesSealedAndGiveThemBackAsJsonAndInTheExport() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Notas Selladas");
		String marker = Collectives.marker("capacity");
		take(coordinator, home, LocalDate.now().minusMonths(1), new int[] { 1, 2, 3, 4, 1 }, "partly", marker);
		assertThat(coordinator.get(home + "/capacities").statusCode()).isEqualTo(200);
		assertThat(DatabaseDump.of(jdbc())).doesNotContain(marker).doesNotContain("\"remain\"");

		HttpResponse<byte[]> json = coordinator.getBytes(home + "/capacities.json");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(json.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		String body = new String(json.body(), StandardCharsets.UTF_8);
		assertThat(body).contains("\"takenOn\":\"" + LocalDate.now().minusMonths(1) + "\"", marker, "\"remain\":{",
				"\"score\":4", "\"legal\":\"partly\"", "\"resultsPartly\":16", "\"scale\":{");

		Map<String, byte[]> export = unzip(coordinator.getBytes(home + "/export").body());
		assertThat(new String(export.get("capacities/checks.json"), StandardCharsets.UTF_8)).contains(marker);
	}

	private int fitsAndIsValid(Browser browser, String path) {
		HttpResponse<byte[]> page = browser.getBytes(path, "Accept-Encoding", "gzip");
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		assertThat(page.body().length).as(path).isLessThanOrEqualTo(SitePagesContract.FIRST_ROUND_TRIP_BYTES);
		String html = Http.gunzip(page.body());
		assertThat(html).as(path)
			.doesNotContain("<script")
			.doesNotContainPattern("<(link|img|iframe|source|video|audio|image|use)[^>]+(src|href)=\"(https?:)?//");
		assertThat(HtmlValidator.errorsIn(html)).as(path).isEmpty();
		return page.body().length;
	}

	private int checksOf(String home) {
		return jdbc().sql("select count(*) from capacity_check where collective_id = ?")
			.param(java.util.UUID.fromString(home.substring(6)))
			.query(Integer.class)
			.single();
	}

	/** Takes a check through the form: the scores in order, every result the same. */
	private static HttpResponse<String> take(Browser browser, String home, LocalDate date, int[] scores, String results,
			String note) {
		browser.get(home + "/capacities/new");
		return browser.submit(home + "/capacities", fields(date, scores, results, note));
	}

	private static String[] fields(LocalDate date, int[] scores, String results, String note) {
		List<String> fields = new ArrayList<>(List.of("takenOn", date.toString(), "participants", "7"));
		for (int i = 0; i < CAPACITIES.length; i++) {
			fields.addAll(List.of("score." + CAPACITIES[i], Integer.toString(scores[i])));
			fields.addAll(List.of("note." + CAPACITIES[i], (i == 0) ? note : ""));
		}
		for (String result : List.of("patrol", "plans", "strangers", "document", "stay", "cohesion", "conflicts",
				"care", "communication", "meetings", "authorities", "networks", "legal", "private", "actions",
				"state")) {
			fields.addAll(List.of("result." + result, results));
		}
		return fields.toArray(String[]::new);
	}

	private static String[] with(String[] fields, String name, String value) {
		List<String> changed = new ArrayList<>(List.of(fields));
		int at = changed.indexOf(name);
		changed.set(at + 1, value);
		return changed.toArray(String[]::new);
	}

	private static String[] plus(String[] fields, String name, String value) {
		List<String> more = new ArrayList<>(List.of(fields));
		more.add(name);
		more.add(value);
		return more.toArray(String[]::new);
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		String location = Collectives.location(response);
		assertThat(CHECK.matcher(location).find()).as(location).isTrue();
		return location;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

}
