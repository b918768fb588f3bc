package org.tejido.library.sms;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads a text to the library: its first word is a keyword in one of five languages,
 * written in any case, with or without accents ({@code BUSCAR radio}, {@code más 2},
 * {@code Lihat 1042}). Each keyword belongs to one language only, so the reply can be
 * written in the language the keyword was.
 */
final class SmsKeywords {

	/** Each command's keyword per language: en, es, fr, pt, id. */
	static final Map<SmsCommand.Kind, List<String>> KEYWORDS = keywords();

	static final List<String> LANGS = List.of("en", "es", "fr", "pt", "id");

	private SmsKeywords() {
	}

	static SmsCommand parse(String text) {
		String[] words = text.strip().split("\\s+", 2);
		String keyword = folded(words[0]);
		String rest = (words.length > 1) ? words[1].strip() : "";
		for (Map.Entry<SmsCommand.Kind, List<String>> command : KEYWORDS.entrySet()) {
			int lang = command.getValue().indexOf(keyword);
			if (lang >= 0) {
				return command(command.getKey(), LANGS.get(lang), rest);
			}
		}
		return new SmsCommand(SmsCommand.Kind.UNKNOWN, null, text.strip(), null, "");
	}

	/** The keyword of a command in a language. */
	static String keyword(SmsCommand.Kind kind, String lang) {
		return KEYWORDS.get(kind).get(Math.max(0, LANGS.indexOf(lang)));
	}

	private static SmsCommand command(SmsCommand.Kind kind, String lang, String rest) {
		String[] arguments = rest.isEmpty() ? new String[0] : rest.split("\\s+");
		Integer number = (arguments.length > 0) ? number(arguments[0]) : null;
		return switch (kind) {
			case FIND -> new SmsCommand(kind, lang, rest, null, "");
			case MORE, GET -> new SmsCommand(kind, lang, "", number, "");
			case SEND -> new SmsCommand(kind, lang, "", number, (arguments.length > 1) ? arguments[1]
					: (number == null && arguments.length == 1) ? arguments[0] : "");
			default -> new SmsCommand(kind, lang, "", null, "");
		};
	}

	private static @Nullable Integer number(String word) {
		String digits = word.replaceAll("^#", "");
		if (!digits.matches("\\d{1,9}")) {
			return null;
		}
		return Integer.valueOf(digits);
	}

	/** Upper case, accents taken off, a trailing full stop, colon or comma dropped. */
	static String folded(String word) {
		String plain = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toUpperCase(Locale.ROOT).replaceAll("[.:,;!?]+$", "");
	}

	private static Map<SmsCommand.Kind, List<String>> keywords() {
		Map<SmsCommand.Kind, List<String>> keywords = new LinkedHashMap<>();
		keywords.put(SmsCommand.Kind.FIND, List.of("FIND", "BUSCAR", "CHERCHER", "PROCURAR", "CARI"));
		keywords.put(SmsCommand.Kind.MORE, List.of("MORE", "MAS", "PLUS", "MAIS", "LAGI"));
		keywords.put(SmsCommand.Kind.GET, List.of("GET", "VER", "VOIR", "LER", "LIHAT"));
		keywords.put(SmsCommand.Kind.SEND, List.of("SEND", "ENVIAR", "ENVOYER", "RECEBER", "KIRIM"));
		keywords.put(SmsCommand.Kind.HELP, List.of("HELP", "AYUDA", "AIDE", "AJUDA", "BANTUAN"));
		return keywords;
	}

}
