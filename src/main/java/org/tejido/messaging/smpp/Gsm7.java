package org.tejido.messaging.smpp;

import java.io.ByteArrayOutputStream;

/**
 * The GSM 03.38 default alphabet, one septet per octet as SMPP carries it (the SMS centre
 * packs it): the basic table, and the extension table behind the escape {@code 0x1B}.
 */
final class Gsm7 {

	static final int ESCAPE = 0x1B;

	private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String EXTENDED = "\f^{}\\[~]|€";

	private static final int[] EXTENDED_CODES = { 0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65 };

	private Gsm7() {
	}

	/**
	 * The septets of a character: one, two for the extension table, none when it is not
	 * in the alphabet.
	 */
	static byte[] septets(char c) {
		int basic = (c == ESCAPE) ? -1 : BASIC.indexOf(c);
		if (basic >= 0) {
			return new byte[] { (byte) basic };
		}
		int extended = EXTENDED.indexOf(c);
		if (extended >= 0) {
			return new byte[] { ESCAPE, (byte) EXTENDED_CODES[extended] };
		}
		return new byte[0];
	}

	static byte[] encode(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			byte[] septets = septets(text.charAt(i));
			out.writeBytes((septets.length > 0) ? septets : new byte[] { '?' });
		}
		return out.toByteArray();
	}

	/** Reads septets (one per octet); an unknown code reads as a space. */
	static String decode(byte[] septets) {
		StringBuilder text = new StringBuilder(septets.length);
		for (int i = 0; i < septets.length; i++) {
			int code = septets[i] & 0x7F;
			if (code == ESCAPE && i + 1 < septets.length) {
				int next = septets[++i] & 0x7F;
				text.append(extended(next));
			}
			else {
				text.append((code == ESCAPE) ? ' ' : BASIC.charAt(code));
			}
		}
		return text.toString();
	}

	private static char extended(int code) {
		for (int i = 0; i < EXTENDED_CODES.length; i++) {
			if (EXTENDED_CODES[i] == code) {
				return EXTENDED.charAt(i);
			}
		}
		return BASIC.charAt(code);
	}

}
