package org.tejido.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The style sheet of a printable page (A4, margins, page breaks), inlined in the page,
 * and the Content-Security-Policy that allows exactly that style and nothing else.
 *
 * @param css the style sheet, as the page inlines it
 * @param policy the Content-Security-Policy header the page is sent with
 */
public record PrintStyle(String css, String policy) {

	/**
	 * Reads the style sheet at a class path location, once, when a page kind needs it.
	 */
	public static PrintStyle of(String location) {
		String css = load(location);
		return new PrintStyle(css, "default-src 'none'; style-src 'sha256-" + sha256(css)
				+ "'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
	}

	private static String load(String location) {
		try (InputStream in = PrintStyle.class.getResourceAsStream(location)) {
			if (in == null) {
				throw new IllegalStateException(location + " is missing from the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(String text) {
		try {
			return Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
