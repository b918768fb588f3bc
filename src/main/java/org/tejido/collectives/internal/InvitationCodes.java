package org.tejido.collectives.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Invitation codes: ten characters that are easy to read out and type on a phone keypad
 * (no 0/O, 1/I/L), about 49 bits of chance, shown as two groups of five.
 */
final class InvitationCodes {

	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final int LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private InvitationCodes() {
	}

	static String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < LENGTH; i++) {
			if (i == LENGTH / 2) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The code as typed, upper-cased, without spaces or dashes. */
	static String normal(String typed) {
		return typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
	}

	static String hash(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(("tejido:invitation:" + normal(code)).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
