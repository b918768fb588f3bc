package org.tejido.library.files;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * File sizes as people read them: {@code 512 B}, {@code 12.5 KB}, {@code 1.2 MB}, with
 * the decimal mark of the reader's language.
 */
public final class Sizes {

	private Sizes() {
	}

	public static String human(long bytes, String lang) {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag(lang));
		format.setMaximumFractionDigits(1);
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return format.format(bytes / 1024.0) + " KB";
		}
		return format.format(bytes / (1024.0 * 1024.0)) + " MB";
	}

}
