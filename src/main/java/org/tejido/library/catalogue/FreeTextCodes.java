package org.tejido.library.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the free-text types and languages of partners' lists ("Info-graphics", "English;
 * Bahasa Indonesia", "UN official languages") onto controlled codes.
 */
final class FreeTextCodes {

	private static final List<String> UI_LANGUAGES = List.of("en", "es", "fr", "pt", "id");

	private static final Map<String, String> TYPE_ALIASES = Map.of("audiovisual", "audio-visual", "infographics",
			"infographics", "organisationalcapacityandtrainingresources", "training",
			"organizationalcapacityandtrainingresources", "training", "videosandwebinars", "videos-webinars",
			"guidesandmanuals", "guides-manuals", "legalinstrument", "legal-standards");

	private static final Map<String, List<String>> LANGUAGE_ALIASES = Map.of("bahasaindonesia", List.of("id"),
			"unofficiallanguages", List.of("ar", "zh", "en", "fr", "ru", "es"), "multiplelanguages", List.of("mul"),
			"manylanguages", List.of("mul"), "multilingual", List.of("mul"), "otherlanguages", List.of("mul"),
			"multilingualinterfaceandcontent", List.of("mul"));

	private final Map<String, String> typesByName = new HashMap<>();

	private final Map<String, String> languagesByName = new HashMap<>();

	FreeTextCodes(List<Term> types) {
		types.forEach((term) -> {
			this.typesByName.put(normalized(term.code()), term.code());
			term.labels().values().forEach((label) -> this.typesByName.put(normalized(label), term.code()));
		});
		this.typesByName.putAll(TYPE_ALIASES);
		for (String code : Locale.getISOLanguages()) {
			for (String ui : UI_LANGUAGES) {
				this.languagesByName
					.putIfAbsent(normalized(Locale.of(code).getDisplayLanguage(Locale.forLanguageTag(ui))), code);
			}
		}
	}

	Optional<String> type(String text) {
		return Optional.ofNullable(this.typesByName.get(normalized(text)));
	}

	/**
	 * The language codes named in a free text such as
	 * {@code "English; Spanish (summary)"}; remarks in parentheses are set aside.
	 */
	Languages languages(String text) {
		Set<String> codes = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String part : text.replaceAll("\\([^)]*\\)", " ").split("[;,/]|\\band\\b")) {
			String name = normalized(part);
			if (name.isEmpty()) {
				continue;
			}
			List<String> aliased = LANGUAGE_ALIASES.get(name);
			String code = this.languagesByName.get(name);
			if (aliased != null) {
				codes.addAll(aliased);
			}
			else if (code != null) {
				codes.add(code);
			}
			else {
				unknown.add(part.strip());
			}
		}
		return new Languages(codes, unknown);
	}

	static String normalized(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	record Languages(Set<String> codes, List<String> unknown) {
	}

}
