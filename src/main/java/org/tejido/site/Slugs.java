package org.tejido.site;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable, stable URL names made from titles: lowercase ASCII words joined by hyphens.
 */
public final class Slugs {

	public static final int MAX_LENGTH = 70;

	private Slugs() {
	}

	public static String of(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String words = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (words.length() <= MAX_LENGTH) {
			return words;
		}
		String cut = words.substring(0, MAX_LENGTH);
		int lastHyphen = cut.lastIndexOf('-');
		return (lastHyphen > 20) ? cut.substring(0, lastHyphen) : cut;
	}

	public static boolean isValid(String slug) {
		return slug.matches("[a-z0-9]+(-[a-z0-9]+)*") && slug.length() <= 120;
	}

}
