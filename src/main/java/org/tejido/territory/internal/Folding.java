package org.tejido.territory.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text folded for matching names as people type them in an SMS: without accents, in lower
 * case, words separated by single spaces.
 */
final class Folding {

	private Folding() {
	}

	static String fold(String text) {
		String bare = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return bare.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	/** Whether the folded words hold the folded name as whole words. */
	static boolean mentions(String foldedWords, String foldedName) {
		return !foldedName.isEmpty() && (" " + foldedWords + " ").contains(" " + foldedName + " ");
	}

}
