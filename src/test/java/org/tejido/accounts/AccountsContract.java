package org.tejido.accounts;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.tejido.accounts.internal.AccountRegistry;
import jakarta.mail.internet.MimeMessage;

import org.tejido.support.Browser;
import org.tejido.support.Curators;
import org.tejido.support.Mailbox;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in through the pages, with a password and, where the role requires it, a
 * one-time code.
 */
public interface AccountsContract extends RunningTejido {

	String PASSWORD = Curators.PASSWORD;

	AccountRegistry registry();

	@Test
	default void aCuratorMustSetUpASecondFactorThenSignsInWithPasswordAndCode() throws Exception {
		String email = Curators.unique("curator");
		registry().open(email, "Curator", PASSWORD, Role.CURATOR);
		Browser browser = new Browser(http());
		assertThat(Curators.signIn(browser, "es", email, PASSWORD).headers().firstValue("Location").orElseThrow())
			.endsWith("/es/account/two-factor");
		assertThat(browser.get("/es/account").headers().firstValue("Location").orElseThrow())
			.endsWith("/es/account/two-factor");
		browser.get("/es/account/two-factor");
		browser.submit("/es/account/two-factor");
		String secret = Curators.secretOn(browser.lastPage());
		assertThat(browser.submit("/es/account/two-factor/confirm", "code", "000000").statusCode()).isEqualTo(422);
		browser.submit("/es/account/two-factor", "lang", "es");
		secret = Curators.secretOn(browser.lastPage());
		HttpResponse<String> codes = browser.submit("/es/account/two-factor/confirm", "code", Curators.codeFor(secret));
		assertThat(codes.statusCode()).isEqualTo(200);
		assertThat(recoveryCodesOn(codes.body())).hasSize(10);
		assertThat(browser.get("/es/account").body()).contains(email);

		Browser later = new Browser(http());
		assertThat(Curators.signIn(later, "es", email, PASSWORD).headers().firstValue("Location").orElseThrow())
			.endsWith("/es/sign-in/code");
		assertThat(later.get("/es/account").statusCode()).isEqualTo(302);
		later.get("/es/sign-in/code");
		assertThat(later.submit("/es/sign-in/code", "code", "123456").statusCode()).isEqualTo(422);
		HttpResponse<String> signedIn = later.submit("/es/sign-in/code", "code", Curators.codeFor(secret));
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/es/account");
		assertThat(later.get("/es/account").body()).contains(email).contains("<html lang=\"es\">");
	}

	@Test
	default void aRecoveryCodeSignsInOnceOnly() throws Exception {
		String email = Curators.unique("admin");
		registry().open(email, "Admin", PASSWORD, Role.ADMINISTRATOR);
		Browser browser = new Browser(http());
		Curators.signIn(browser, "en", email, PASSWORD);
		browser.get("/en/account/two-factor");
		browser.submit("/en/account/two-factor");
		String recovery = recoveryCodesOn(browser
			.submit("/en/account/two-factor/confirm", "code", Curators.codeFor(Curators.secretOn(browser.lastPage())))
			.body()).get(0);
		Browser first = new Browser(http());
		Curators.signIn(first, "en", email, PASSWORD);
		first.get("/en/sign-in/code");
		assertThat(first.submit("/en/sign-in/code", "code", recovery).headers().firstValue("Location").orElseThrow())
			.endsWith("/en/account");
		Browser second = new Browser(http());
		Curators.signIn(second, "en", email, PASSWORD);
		second.get("/en/sign-in/code");
		assertThat(second.submit("/en/sign-in/code", "code", recovery).statusCode()).isEqualTo(422);
	}

	@Test
	default void aContributorSignsInWithAPasswordAndSignsOut() {
		String email = Curators.unique("contributor");
		registry().open(email, "Contributor", PASSWORD, Role.CONTRIBUTOR);
		Browser browser = new Browser(http());
		assertThat(Curators.signIn(browser, "fr", email.toUpperCase(Locale.ROOT), PASSWORD)
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/fr/account");
		assertThat(browser.get("/fr/account").body()).contains(email);
		assertThat(browser.get("/fr/account").headers().firstValue("Cache-Control")).contains("no-store");
		browser.submit("/sign-out", "lang", "fr");
		assertThat(browser.get("/fr/account").headers().firstValue("Location").orElseThrow()).contains("/fr/sign-in");
	}

	@Test
	default void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
		String email = Curators.unique("someone");
		registry().open(email, "Someone", PASSWORD, Role.CONTRIBUTOR);
		for (String[] attempt : List.of(new String[] { email, "wrong password here" },
				new String[] { Curators.unique("nobody"), PASSWORD })) {
			Browser browser = new Browser(http());
			assertThat(Curators.signIn(browser, "pt", attempt[0], attempt[1])
				.headers()
				.firstValue("Location")
				.orElseThrow()).endsWith("/pt/sign-in?error");
			HttpResponse<String> page = browser.get("/pt/sign-in?error");
			assertThat(page.body()).contains("role=\"alert\"").contains("<html lang=\"pt\">");
		}
	}

	@Test
	default void guessingIsSlowedDownPerAccount() {
		String email = Curators.unique("target");
		registry().open(email, "Target", PASSWORD, Role.CONTRIBUTOR);
		for (int i = 0; i < 5; i++) {
			Curators.signIn(new Browser(http()), "id", email, "wrong guess number " + i);
		}
		Browser browser = new Browser(http());
		assertThat(Curators.signIn(browser, "id", email, PASSWORD).headers().firstValue("Location").orElseThrow())
			.endsWith("/id/sign-in?error=throttled");
		assertThat(browser.get("/id/sign-in?error=throttled").statusCode()).isEqualTo(429);
	}

	@Test
	default void aForgottenPasswordIsResetThroughAnEmailedLinkThatWorksOnce() throws Exception {
		String email = Curators.unique("forgetful");
		registry().open(email, "Forgetful", PASSWORD, Role.CONTRIBUTOR);
		Browser browser = new Browser(http());
		browser.get("/es/sign-in/forgot");
		HttpResponse<String> asked = browser.submit("/es/sign-in/forgot", "email", email.toUpperCase(Locale.ROOT));
		MimeMessage[] mail = Mailbox.messagesFor(email);
		assertThat(mail).hasSize(1);
		String link = mail[0].getContent()
			.toString()
			.replaceAll("(?s).*http://[^/]+(/es/sign-in/reset\\?token=[A-Za-z0-9_-]+).*", "$1");
		Browser fromMail = new Browser(http());
		assertThat(fromMail.get(link).statusCode()).isEqualTo(200);
		assertThat(fromMail.submit("/es/sign-in/reset", "password", "short").statusCode()).isEqualTo(422);
		String newPassword = "a brand new sentence for my account";
		assertThat(fromMail.submit("/es/sign-in/reset", "password", newPassword)
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/es/sign-in?reset");
		assertThat(Curators.signIn(new Browser(http()), "es", email, newPassword)
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/es/account");
		assertThat(Curators.signIn(new Browser(http()), "es", email, PASSWORD)
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/es/sign-in?error");
		assertThat(new Browser(http()).get(link).statusCode()).isEqualTo(400);
		Browser unknown = new Browser(http());
		unknown.get("/es/sign-in/forgot");
		assertThat(unknown.submit("/es/sign-in/forgot", "email", Curators.unique("nobody")).body())
			.isEqualTo(asked.body().replace(email.toUpperCase(Locale.ROOT), ""))
			.as("the same answer whether or not the address has an account");
	}

	@Test
	default void formsWithoutTheirTokenAreRefused() {
		Browser browser = new Browser(http());
		assertThat(browser.post("/sign-in", "email=x%40example.org&password=y&lang=en").statusCode()).isEqualTo(403);
	}

	@Test
	default void accountPagesSendStrangersToSignIn() {
		HttpResponse<String> response = new Browser(http()).get("/id/account");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/id/sign-in");
	}

	@Test
	default void readingTheLibraryLeavesNoCookie() {
		Browser browser = new Browser(http());
		browser.get("/en/");
		browser.get("/en/library?q=radio");
		browser.get("/en/library/mapeo-comapeo");
		assertThat(browser.hasCookies()).isFalse();
	}

	@Test
	default void theSessionCookieIsSecureHttpOnlyAndStaysOnThisSite() {
		HttpResponse<String> page = new Browser(http()).get("/en/sign-in");
		String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("__Host-tejido=")
			.contains("Secure")
			.contains("HttpOnly")
			.contains("SameSite=Strict");
	}

	private static List<String> recoveryCodesOn(String page) {
		return Pattern.compile("<li><code>([a-z2-7]{5}-[a-z2-7]{5})</code></li>")
			.matcher(page)
			.results()
			.map((match) -> match.group(1))
			.toList();
	}

}
