package org.tejido.accounts;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.site.Lang;
import org.tejido.support.Browser;
import org.tejido.support.Curators;
import org.tejido.support.Http;
import org.tejido.support.HtmlValidator;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in the database and say nothing about where people are: a person sees
 * their own, ends all of them at once, or leaves in one click.
 */
public interface SessionsContract extends RunningTejido {

	String COOKIE = "__Host-tejido";

	String USER_AGENT = "TejidoTestAgent/7.3 (distinctive-agent-marker)";

	List<String> CLIENT_ADDRESSES = List.of("127.0.0.1", "0:0:0:0:0:0:0:1");

	AccountRegistry registry();

	JdbcClient jdbc();

	@Test
	default void aPersonSeesEachOfTheirSessionsAndWhichOneIsThisOne() {
		String email = signedUp();
		Browser laptop = signedIn(email, "en");
		Browser phone = signedIn(email, "en");
		HttpResponse<String> page = laptop.get("/en/account/sessions");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
		assertThat(page.body()).contains("This session").contains("/leave?lang=en");
		assertThat(page.body().split(" UTC · last active: ", -1)).hasSize(3);
		assertThat(page.body().split("<strong>This session", -1)).hasSize(2);
		assertThat(page.body().indexOf("<strong>This session")).as("this session comes first")
			.isLessThan(page.body().indexOf(" UTC · last active: "));
		assertThat(phone.get("/en/account").body()).contains("href=\"/en/account/sessions\"");
	}

	@Test
	default void sessionsAreKeptInTheDatabaseAndEndAfterThirtyIdleMinutes() {
		String email = signedUp();
		signedIn(email, "en");
		assertThat(jdbc().sql("select max_inactive_interval from spring_session where principal_name = ?")
			.param(email)
			.query(Integer.class)
			.list()).containsExactly(30 * 60);
	}

	@Test
	default void signingOutEverywhereEndsEveryOtherSessionToo() {
		String email = signedUp();
		Browser laptop = signedIn(email, "es");
		Browser phone = signedIn(email, "es");
		Browser someoneElse = signedIn(signedUp(), "es");
		laptop.get("/es/account/sessions");
		HttpResponse<String> ended = laptop.submit("/es/account/sessions/end-all");
		assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/es/sign-in?ended");
		assertThat(laptop.get("/es/sign-in?ended").body()).contains("role=\"status\"");
		assertThat(laptop.get("/es/account").headers().firstValue("Location").orElseThrow()).contains("/es/sign-in");
		assertThat(phone.get("/es/account").headers().firstValue("Location").orElseThrow()).contains("/es/sign-in");
		assertThat(someoneElse.get("/es/account").statusCode()).isEqualTo(200);
		assertThat(sessionsOf(email)).isZero();
	}

	@Test
	default void leavingNowEndsTheSessionAndLandsOnTheLibrary() {
		String email = signedUp();
		Browser browser = signedIn(email, "pt");
		String cookie = browser.cookie(COOKIE);
		HttpResponse<String> left = browser.get("/leave?lang=pt");
		assertThat(left.statusCode()).isEqualTo(303);
		assertThat(left.headers().firstValue("Location").orElseThrow()).endsWith("/pt/library");
		assertThat(left.headers().firstValue("Cache-Control")).contains("no-store");
		assertThat(left.headers().firstValue("Clear-Site-Data")).contains("\"cookies\", \"storage\"");
		assertThat(left.headers().allValues("Set-Cookie")).anyMatch((set) -> set.startsWith(COOKIE + "=;"));
		assertThat(browser.hasCookies()).isFalse();
		HttpResponse<String> withTheOldCookie = http().get("/pt/account", "Cookie", COOKIE + "=" + cookie);
		assertThat(withTheOldCookie.headers().firstValue("Location").orElseThrow()).contains("/pt/sign-in");
		assertThat(sessionsOf(email)).isZero();
	}

	@Test
	default void leavingNowWorksForAnyoneAndFallsBackToEnglish() {
		for (String query : List.of("", "?lang=xx")) {
			HttpResponse<String> left = http().get("/leave" + query);
			assertThat(left.statusCode()).isEqualTo(303);
			assertThat(left.headers().firstValue("Location").orElseThrow()).endsWith("/en/library");
			assertThat(left.headers().allValues("Set-Cookie")).isEmpty();
		}
		HttpResponse<String> stale = http().get("/leave?lang=id", "Cookie", COOKIE + "=bm8tc3VjaC1zZXNzaW9u");
		assertThat(stale.headers().firstValue("Location").orElseThrow()).endsWith("/id/library");
		assertThat(stale.headers().allValues("Set-Cookie")).anyMatch((set) -> set.startsWith(COOKIE + "=;"));
	}

	@Test
	default void theSessionCookieKeepsItsAttributes() {
		Browser browser = new Browser(http());
		String anonymous = browser.get("/en/sign-in").headers().firstValue("Set-Cookie").orElseThrow();
		String signedIn = Curators.signIn(browser, "en", signedUp(), Curators.PASSWORD)
			.headers()
			.firstValue("Set-Cookie")
			.orElseThrow();
		for (String cookie : List.of(anonymous, signedIn)) {
			assertThat(cookie).startsWith(COOKIE + "=")
				.contains("; Path=/")
				.contains("; Secure")
				.contains("; HttpOnly")
				.contains("; SameSite=Strict")
				.doesNotContainIgnoringCase("Domain=")
				.doesNotContainIgnoringCase("Max-Age")
				.doesNotContainIgnoringCase("Expires");
		}
		assertThat(signedIn).as("a new session id once signed in").isNotEqualTo(anonymous);
	}

	@Test
	default void theSessionsPageIsValidLightHtmlInEveryLanguage() {
		Browser browser = signedIn(signedUp(), "en");
		for (Lang lang : Lang.values()) {
			String path = "/" + lang.code() + "/account/sessions";
			assertThat(HtmlValidator.errorsIn(browser.get(path).body())).as(path).isEmpty();
			HttpResponse<byte[]> compressed = http().getBytes(path, "Cookie", COOKIE + "=" + browser.cookie(COOKIE),
					"Accept-Encoding", "gzip");
			assertThat(compressed.body().length).as(path).isLessThanOrEqualTo(14_600);
			assertThat(Http.gunzip(compressed.body())).as(path).contains("</html>");
		}
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	default void neitherLogsNorStoredSessionsHoldTheClientsAddressOrUserAgent(CapturedOutput output) {
		String email = signedUp();
		Browser browser = signedIn(email, "fr", USER_AGENT);
		browser.get("/fr/account");
		browser.get("/fr/account/sessions");
		browser.get("/fr/library?q=radio");
		browser.get("/fr/library/no-such-resource");
		signedIn(email, "fr", USER_AGENT).get("/fr/account");
		Curators.signIn(new Browser(http()).identifyingAs(USER_AGENT), "fr", email, "not the password at all");

		assertThat(sessionsOf(email)).isEqualTo(2);
		List<String> stored = storedSessions();
		for (String revealing : revealing()) {
			assertThat(output.getAll()).as("logs").doesNotContain(revealing);
			assertThat(stored).as("stored sessions").noneMatch((row) -> row.contains(revealing));
		}
	}

	private String signedUp() {
		String email = Curators.unique("defender");
		registry().open(email, "Defender", Curators.PASSWORD, Role.CONTRIBUTOR);
		return email;
	}

	private Browser signedIn(String email, String lang) {
		return signedIn(email, lang, null);
	}

	private Browser signedIn(String email, String lang, String userAgent) {
		Browser browser = new Browser(http()).identifyingAs(userAgent);
		assertThat(Curators.signIn(browser, lang, email, Curators.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/" + lang + "/account"));
		return browser;
	}

	private int sessionsOf(String email) {
		return jdbc().sql("select count(*) from spring_session where principal_name = ?")
			.param(email)
			.query(Integer.class)
			.single();
	}

	/**
	 * Every stored session row and attribute, as text (the attributes' bytes read as
	 * Latin-1).
	 */
	private List<String> storedSessions() {
		List<String> rows = new java.util.ArrayList<>(
				jdbc().sql("select primary_id, session_id, principal_name from spring_session")
					.query((row, number) -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3))
					.list());
		jdbc().sql("select attribute_name, attribute_bytes from spring_session_attributes")
			.query((row, number) -> row.getString(1) + " " + new String(row.getBytes(2), StandardCharsets.ISO_8859_1))
			.list()
			.forEach(rows::add);
		return rows;
	}

	private static List<String> revealing() {
		List<String> revealing = new java.util.ArrayList<>(CLIENT_ADDRESSES);
		revealing.add(USER_AGENT);
		revealing.add("distinctive-agent-marker");
		return revealing;
	}

}
