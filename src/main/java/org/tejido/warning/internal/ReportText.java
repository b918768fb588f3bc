package org.tejido.warning.internal;

import org.tejido.messaging.SmsParts;

/**
 * Puts what the reporter wrote in place of {@code [text]}, shortened at a word (with
 * {@code ...}) so that the message keeps within the SMS parts its template allows. When
 * not even a word fits, the placeholder goes and the rest of the message stays whole.
 */
final class ReportText {

	static final String PLACEHOLDER = "[text]";

	private static final String CUT = "...";

	private ReportText() {
	}

	static String fill(String message, String text, int maxParts) {
		if (!message.contains(PLACEHOLDER)) {
			return message;
		}
		String words = text.strip().replaceAll("\\s+", " ");
		if (fits(with(message, words), maxParts)) {
			return with(message, words);
		}
		int low = 0;
		int high = words.length();
		while (low < high) {
			int middle = (low + high + 1) / 2;
			if (fits(with(message, shortened(words, middle)), maxParts)) {
				low = middle;
			}
			else {
				high = middle - 1;
			}
		}
		return with(message, shortened(words, low));
	}

	private static String shortened(String words, int length) {
		String cut = words.substring(0, length);
		if (length == words.length() || words.charAt(length) == ' ') {
			return cut.strip() + CUT;
		}
		int space = cut.lastIndexOf(' ');
		return (space > 0) ? cut.substring(0, space).strip() + CUT : "";
	}

	private static String with(String message, String words) {
		return message.replace(PLACEHOLDER, words).replaceAll(" {2,}", " ").replace(" .", ".").strip();
	}

	private static boolean fits(String message, int maxParts) {
		return SmsParts.measure(message).parts() <= maxParts;
	}

}
