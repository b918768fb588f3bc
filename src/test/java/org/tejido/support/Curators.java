package org.tejido.support;

import java.security.Key;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in through the pages as a curator does: password, then two-step set-up with a
 * code from an authenticator app.
 */
public final class Curators {

	public static final String PASSWORD = "river stones remember the flood";

	private Curators() {
	}

	/**
	 * Signs in with the password and, for a role that needs it, sets up the second
	 * factor.
	 */
	public static String signInAndEnrol(Browser browser, String lang, String email) throws Exception {
		signIn(browser, lang, email, PASSWORD);
		browser.get("/" + lang + "/account/two-factor");
		browser.submit("/" + lang + "/account/two-factor");
		String secret = secretOn(browser.lastPage());
		assertThat(browser.submit("/" + lang + "/account/two-factor/confirm", "code", codeFor(secret)).statusCode())
			.isEqualTo(200);
		return secret;
	}

	public static java.net.http.HttpResponse<String> signIn(Browser browser, String lang, String email,
			String password) {
		browser.get("/" + lang + "/sign-in");
		return browser.submit("/sign-in", "email", email, "password", password, "lang", lang);
	}

	public static String secretOn(String page) {
		Matcher matcher = Pattern.compile("<code class=\"secret\">([A-Z2-7 ]+)</code>").matcher(page);
		assertThat(matcher.find()).as(page).isTrue();
		return matcher.group(1).replace(" ", "");
	}

	public static String codeFor(String secret) throws Exception {
		TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
		Key key = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
		return String.format(Locale.ROOT, "%06d", totp.generateOneTimePassword(key, Instant.now()));
	}

	public static String unique(String who) {
		return who + System.nanoTime() + "@example.org";
	}

}
