package org.tejido.site;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Tejido's pages are written in. The code is the first segment of every
 * page URL.
 */
public enum Lang {

	EN("en", "English"), ES("es", "Español"), FR("fr", "Français"), PT("pt", "Português"), ID("id", "Bahasa Indonesia");

	public static final Lang FALLBACK = EN;

	private final String code;

	private final String nativeName;

	private final Locale locale;

	Lang(String code, String nativeName) {
		this.code = code;
		this.nativeName = nativeName;
		this.locale = Locale.forLanguageTag(code);
	}

	public String code() {
		return this.code;
	}

	public String nativeName() {
		return this.nativeName;
	}

	public Locale locale() {
		return this.locale;
	}

	public static Optional<Lang> fromCode(String code) {
		return Arrays.stream(values()).filter((lang) -> lang.code.equals(code)).findFirst();
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(Lang::code).toList();
	}

	/**
	 * Picks the reader's language from an {@code Accept-Language} header, English when
	 * none of ours is asked for or the header cannot be read.
	 */
	public static Lang negotiate(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return FALLBACK;
		}
		try {
			List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
			String tag = Locale.lookupTag(ranges, codes());
			return (tag != null) ? fromCode(tag).orElse(FALLBACK) : FALLBACK;
		}
		catch (IllegalArgumentException unreadable) {
			return FALLBACK;
		}
	}

}
