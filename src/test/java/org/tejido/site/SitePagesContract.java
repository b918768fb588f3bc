package org.tejido.site;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.support.ServletRequestHandledEvent;

import org.tejido.support.Http;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every reader gets from the site, whatever the database: their language, light
 * pages, clear errors.
 */
public interface SitePagesContract extends RunningTejido {

	int FIRST_ROUND_TRIP_BYTES = 14_600;

	List<String> EVERY_KIND_OF_PAGE = List.of("/", "/library", "/library?type=guides-manuals&area=risk-analysis",
			"/library?q=radio", "/library/mapeo-comapeo", "/about", "/sign-in", "/sign-in/forgot", "/library/suggest",
			"/library/practice", "/events", "/needs", "/needs/new", "/contact", "/library/no-such-resource",
			"/library?page=abc");

	ConfigurableApplicationContext context();

	@Test
	default void aRequestLeavesNoEventWithTheReadersAddressBehind() {
		List<ServletRequestHandledEvent> handled = new CopyOnWriteArrayList<>();
		ApplicationListener<ApplicationEvent> listener = (event) -> {
			if (event instanceof ServletRequestHandledEvent request) {
				handled.add(request);
			}
		};
		context().addApplicationListener(listener);
		try {
			assertThat(http().get("/en/library?q=radio").statusCode()).isEqualTo(200);
			assertThat(http().get("/es/about").statusCode()).isEqualTo(200);
		}
		finally {
			context().removeApplicationListener(listener);
		}
		assertThat(handled).isEmpty();
	}

	@Test
	default void rootSendsTheReaderToTheirLanguage() {
		HttpResponse<String> response = http().get("/", "Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5");
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).contains("/fr/");
	}

	@Test
	default void rootFallsBackToEnglish() {
		assertThat(http().get("/", "Accept-Language", "de-DE").headers().firstValue("Location")).contains("/en/");
		assertThat(http().get("/").headers().firstValue("Location")).contains("/en/");
	}

	@Test
	default void everyPageSpeaksTheLanguageOfItsAddress() throws IOException {
		for (Lang lang : Lang.values()) {
			String home = http().get("/" + lang.code() + "/").body();
			assertThat(home).contains("<html lang=\"" + lang.code() + "\">")
				.contains(escaped(bundle(lang).getProperty("home.title")))
				.contains(escaped(bundle(lang).getProperty("site.skip")));
		}
	}

	@Test
	default void everyPageTellsItsLanguageInItsHeadersAsInItsHtml() {
		for (Lang lang : Lang.values()) {
			for (String kind : EVERY_KIND_OF_PAGE) {
				HttpResponse<String> page = http().get("/" + lang.code() + kind, "Accept-Language", "de-DE");
				assertThat(page.headers().firstValue("Content-Language")).as(lang.code() + kind).contains(lang.code());
				assertThat(page.body()).as(lang.code() + kind).contains("<html lang=\"" + lang.code() + "\">");
			}
		}
		assertThat(http().get("/fr/no-such-page", "Accept-Language", "es").headers().firstValue("Content-Language"))
			.as("a page that does not exist, in the language of its address")
			.contains("fr");
	}

	@Test
	default void theHomePageFilesEachAreaUnderItsDimension() {
		String home = http().get("/en/").body();
		int territorial = home.indexOf("<h3>Spatial and territorial</h3>");
		int inside = home.indexOf("<h3>Networks inside the collective</h3>");
		int beyond = home.indexOf("<h3>Networks beyond the collective</h3>");
		assertThat(territorial).isPositive().isLessThan(inside);
		assertThat(inside).isLessThan(beyond);
		int earlyWarning = home.indexOf(">Early warning and alerts</a>");
		int legalSupport = home.indexOf(">Legal support and access to justice</a>");
		assertThat(earlyWarning).isBetween(territorial, inside);
		assertThat(legalSupport).isGreaterThan(beyond);
	}

	@Test
	default void everyPageLinksToItselfInEveryLanguage() {
		String page = http().get("/pt/library/mapeo-comapeo").body();
		for (Lang lang : Lang.values()) {
			assertThat(page).contains("href=\"/" + lang.code() + "/library/mapeo-comapeo\"");
		}
		assertThat(page).contains("aria-current=\"page\">Português");
	}

	@Test
	default void aboutExplainsCollectiveProtectionAndCitesItsSources() {
		String about = http().get("/es/about").body();
		assertThat(about).contains("Protection International (2024)").contains("Fund for Global Human Rights");
		List<String> libraryLinks = java.util.regex.Pattern.compile("href=\"(/es/library/[a-z0-9-]+)\"")
			.matcher(about)
			.results()
			.map((match) -> match.group(1))
			.toList();
		assertThat(libraryLinks).hasSizeGreaterThanOrEqualTo(2);
		libraryLinks.forEach((link) -> assertThat(http().get(link).statusCode()).as(link).isEqualTo(200));
	}

	@Test
	default void healthSaysUpAndNothingElseOfActuatorIsPublic() {
		HttpResponse<String> health = http().get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
		for (String hidden : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/health/db")) {
			assertThat(http().get(hidden).statusCode()).as(hidden).isEqualTo(404);
		}
	}

	@Test
	default void unknownPagesAre404InTheReadersLanguage() throws IOException {
		HttpResponse<String> spanish = http().get("/es/library/no-existe");
		assertThat(spanish.statusCode()).isEqualTo(404);
		assertThat(spanish.body()).contains("<html lang=\"es\">")
			.contains(escaped(bundle(Lang.ES).getProperty("error.not-found")))
			.doesNotContain("Exception");
		HttpResponse<String> unknownLanguage = http().get("/xx/library", "Accept-Language", "id");
		assertThat(unknownLanguage.statusCode()).isEqualTo(404);
		assertThat(unknownLanguage.body()).contains("<html lang=\"id\">");
	}

	@Test
	default void badParametersAre400PagesThatSayWhichParameter() {
		HttpResponse<String> response = http().get("/fr/library?page=abc");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<html lang=\"fr\">").contains("page").contains("abc");
		assertThat(http().get("/fr/library?type=%3Cscript%3E").body()).doesNotContain("<script>");
	}

	@Test
	default void everyKindOfPageAnswersWithItsStatus() {
		for (Lang lang : Lang.values()) {
			for (String path : EVERY_KIND_OF_PAGE) {
				int expected = path.contains("no-such") ? 404 : path.contains("page=abc") ? 400 : 200;
				assertThat(http().get("/" + lang.code() + path).statusCode()).as(lang + path).isEqualTo(expected);
			}
		}
	}

	@Test
	default void everyKindOfPageFitsTheFirstRoundTripCompressed() {
		for (Lang lang : Lang.values()) {
			for (String path : EVERY_KIND_OF_PAGE) {
				HttpResponse<byte[]> page = http().getBytes("/" + lang.code() + path, "Accept-Encoding", "gzip");
				assertThat(page.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
				assertThat(page.body().length).as(lang + path).isLessThanOrEqualTo(FIRST_ROUND_TRIP_BYTES);
				assertThat(Http.gunzip(page.body())).as(path).contains("</html>");
			}
		}
	}

	@Test
	default void pagesRunNoScriptAndLoadNothingFromAnotherHost() {
		for (String path : EVERY_KIND_OF_PAGE) {
			HttpResponse<String> page = http().get("/en" + path);
			assertThat(page.body()).as(path)
				.doesNotContain("<script")
				.doesNotContainPattern("<(link|img|iframe|source|video|audio)[^>]+(src|href)=\"(https?:)?//");
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying((policy) -> assertThat(policy).startsWith("default-src 'none'"));
			assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
		}
	}

	private static Properties bundle(Lang lang) throws IOException {
		Properties messages = new Properties();
		String suffix = (lang == Lang.EN) ? "" : "_" + lang.code();
		try (var in = SitePagesContract.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}

	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
