package org.tejido.library.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.es.SpanishLightStemFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.id.IndonesianStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * One analyzer per interface language (stop words, then a light stemmer, then accent
 * folding, so that {@code escazu} finds {@code Escazú}), a language-neutral folded
 * analyzer for text in any language, and the normalizer used to sort titles.
 */
public class LanguageAnalyzers implements LuceneAnalysisConfigurer {

	public static final String FOLDED = "folded";

	public static final String SORT = "sort";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(analyzerFor("en"))
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.tokenFilter(PorterStemFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.analyzer(analyzerFor("es"))
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.param("words", "org/apache/lucene/analysis/snowball/spanish_stop.txt")
			.param("format", "snowball")
			.tokenFilter(SpanishLightStemFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.analyzer(analyzerFor("fr"))
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(ElisionFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.param("words", "org/apache/lucene/analysis/snowball/french_stop.txt")
			.param("format", "snowball")
			.tokenFilter(FrenchLightStemFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.analyzer(analyzerFor("pt"))
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.param("words", "org/apache/lucene/analysis/snowball/portuguese_stop.txt")
			.param("format", "snowball")
			.tokenFilter(PortugueseLightStemFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.analyzer(analyzerFor("id"))
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.param("words", "org/apache/lucene/analysis/id/stopwords.txt")
			.tokenFilter(IndonesianStemFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.analyzer(FOLDED)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.normalizer(SORT)
			.custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

	public static String analyzerFor(String lang) {
		return "text_" + lang;
	}

}
