package org.tejido.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The one style sheet, inlined into every page so that a page needs a single round trip.
 * Its hash lets the Content-Security-Policy allow exactly this style and nothing else
 * inline.
 */
public final class SiteStyle {

	private static final String CSS = load();

	private static final String HASH = sha256(CSS);

	private SiteStyle() {
	}

	public static String css() {
		return CSS;
	}

	/** The CSP source expression for the inline style, e.g. {@code 'sha256-…'}. */
	public static String cspHash() {
		return "'sha256-" + HASH + "'";
	}

	private static String load() {
		try (InputStream in = SiteStyle.class.getResourceAsStream("/site/site.css")) {
			if (in == null) {
				throw new IllegalStateException("site/site.css is missing from the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
