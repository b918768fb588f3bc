package org.tejido.library.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

/**
 * The words of a reader's query. Search syntax is not interpreted: quotes, brackets,
 * stars and operators are just separators, so no query can fail to parse. Very long
 * queries are cut to their first words, and common words of the reader's language are
 * left out unless nothing else remains.
 */
public final class QueryTerms {

	public static final int MAX_TERMS = 12;

	public static final int MAX_TERM_LENGTH = 40;

	private QueryTerms() {
	}

	public static List<String> of(String query, String lang) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && word.length() <= MAX_TERM_LENGTH) {
				words.add(word);
			}
			if (words.size() == MAX_TERMS * 2) {
				break;
			}
		}
		List<String> meaningful = new ArrayList<>(words.stream().filter((word) -> !isStopWord(word, lang)).toList());
		List<String> chosen = meaningful.isEmpty() ? new ArrayList<>(words) : meaningful;
		return List.copyOf(chosen.subList(0, Math.min(MAX_TERMS, chosen.size())));
	}

	private static boolean isStopWord(String word, String lang) {
		return stopWords(lang).contains(word) || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word);
	}

	private static CharArraySet stopWords(String lang) {
		return switch (lang) {
			case "es" -> SpanishAnalyzer.getDefaultStopSet();
			case "fr" -> FrenchAnalyzer.getDefaultStopSet();
			case "pt" -> PortugueseAnalyzer.getDefaultStopSet();
			case "id" -> IndonesianAnalyzer.getDefaultStopSet();
			default -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
		};
	}

}
