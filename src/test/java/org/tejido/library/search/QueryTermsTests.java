package org.tejido.library.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTermsTests {

	@Test
	void treatsSearchSyntaxAsSeparators() {
		assertThat(QueryTerms.of("\"early warning", "en")).containsExactly("early", "warning");
		assertThat(QueryTerms.of("(radio) AND -patrols*", "en")).containsExactly("radio", "patrols");
	}

	@Test
	void findsNoWordsInPunctuationAlone() {
		assertThat(QueryTerms.of("( * \" ~", "en")).isEmpty();
	}

	@Test
	void leavesOutCommonWordsOfTheReadersLanguage() {
		assertThat(QueryTerms.of("la protección de los defensores", "es")).containsExactly("protección", "defensores");
	}

	@Test
	void keepsCommonWordsWhenNothingElseIsLeft() {
		assertThat(QueryTerms.of("the", "en")).containsExactly("the");
	}

	@Test
	void cutsVeryLongQueriesToTheirFirstWords() {
		String query = "monitoring ".repeat(10) + "word ".repeat(5_000);
		assertThat(QueryTerms.of(query, "en")).containsExactly("monitoring", "word");
		assertThat(QueryTerms.of("a".repeat(5_000), "en")).isEmpty();
		StringBuilder many = new StringBuilder();
		for (int i = 0; i < 100; i++) {
			many.append("word").append(i).append(' ');
		}
		assertThat(QueryTerms.of(many.toString(), "en")).hasSize(QueryTerms.MAX_TERMS);
	}

	@Test
	void keepsAccentsAndNonLatinLettersForTheAnalyzers() {
		assertThat(QueryTerms.of("Escazú перевод 保护", "es")).containsExactly("escazú", "перевод", "保护");
	}

}
