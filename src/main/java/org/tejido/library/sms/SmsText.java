package org.tejido.library.sms;

import java.text.Normalizer;
import java.util.function.IntFunction;

import org.tejido.messaging.SmsParts;

/**
 * Texts written for SMS: kept in the GSM 7-bit alphabet where a letter only differs by
 * its accent or a quote by its shape (160 characters a part instead of 70), and cut to
 * fit a number of parts.
 */
final class SmsText {

	/** The most parts a reply of the library takes. */
	static final int MAX_PARTS = 2;

	private SmsText() {
	}

	/**
	 * The text with typographic quotes made plain and accents taken off the letters the
	 * GSM alphabet lacks ({@code á} becomes {@code a}, {@code é} stays); other scripts
	 * are left as they are.
	 */
	static String gsm(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> plain.append(gsmLetter(c)));
		return plain.toString();
	}

	private static String gsmLetter(int c) {
		String letter = switch (c) {
			case '’', '‘', '´', '`' -> "'";
			case '“', '”', '«', '»' -> "\"";
			case '…' -> "...";
			case '–', '—' -> "-";
			case 'ç' -> "c";
			default -> Character.toString(c);
		};
		if (SmsParts.measure(letter).isGsm7()) {
			return letter;
		}
		String bare = Normalizer.normalize(letter, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return (!bare.isEmpty() && SmsParts.measure(bare).isGsm7()) ? bare : letter;
	}

	/**
	 * The longest version of a text that fits in {@link #MAX_PARTS} SMS: {@code text}
	 * gives it for a length of the part that may be cut ({@link Integer#MAX_VALUE} for
	 * uncut), shortened until it fits.
	 */
	static String fitted(IntFunction<String> text) {
		String whole = text.apply(Integer.MAX_VALUE);
		if (fits(whole)) {
			return whole;
		}
		for (int length = 120; length > 0; length -= 4) {
			String shorter = text.apply(length);
			if (fits(shorter)) {
				return shorter;
			}
		}
		return text.apply(0);
	}

	static boolean fits(String text) {
		return SmsParts.measure(text).parts() <= MAX_PARTS;
	}

	/** A text cut to a length, marked as cut. */
	static String cut(String text, int length) {
		String clean = text.strip().replaceAll("\\s+", " ");
		if (clean.length() <= length) {
			return clean;
		}
		return (length <= 3) ? "" : clean.substring(0, length - 3).strip() + "...";
	}

}
