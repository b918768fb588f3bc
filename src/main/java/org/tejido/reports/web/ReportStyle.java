package org.tejido.reports.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report's printable style sheet (A4), inlined, and the Content-Security-Policy that
 * allows exactly it, as the printable plan does.
 */
final class ReportStyle {

	private static final String CSS = load();

	private static final String POLICY = "default-src 'none'; style-src 'sha256-" + sha256(CSS)
			+ "'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	private ReportStyle() {
	}

	static String css() {
		return CSS;
	}

	static String policy() {
		return POLICY;
	}

	private static String load() {
		try (InputStream in = ReportStyle.class.getResourceAsStream("/reports/report.css")) {
			if (in == null) {
				throw new IllegalStateException("reports/report.css is missing from the class path");
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
