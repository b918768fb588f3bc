package org.tejido.library.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordOrderTests {

	private static final List<String> WORDS = List.of("tierra", "agua", "defensa", "radio", "mujeres", "memoria");

	@Test
	void ordersPagesAsLucenesOwnComparatorDoesAcrossSegmentsWithTiesAndMissingTitles() throws IOException {
		Random random = new Random(42);
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			for (int segment = 0; segment < 5; segment++) {
				for (int i = 0; i < 400; i++) {
					writer.addDocument(document(random));
				}
				writer.commit();
			}
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(1);
				IndexSearcher searcher = new IndexSearcher(reader);
				for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("text", "agua")),
						new BooleanQuery.Builder().add(new TermQuery(new Term("text", "radio")), Occur.SHOULD)
							.add(new TermQuery(new Term("text", "memoria")), Occur.SHOULD)
							.build())) {
					for (int hits : new int[] { 1, 7, 20, 150 }) {
						assertThat(page(searcher, query, hits, byScore(KeywordOrder.ascending("title"))))
							.as("by score then title, %d hits of %s", hits, query)
							.isEqualTo(page(searcher, query, hits, byScore(lucenesTitleOrder())));
						assertThat(page(searcher, query, hits, byYear(KeywordOrder.ascending("title"))))
							.as("newest first then title, %d hits of %s", hits, query)
							.isEqualTo(page(searcher, query, hits, byYear(lucenesTitleOrder())));
					}
				}
			}
		}
	}

	@Test
	void givesTheTitlesOfThePageFoundForTheirDocuments() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			for (String title : List.of("c", "a", "d")) {
				writer.addDocument(titled(title));
				writer.commit();
			}
			writer.addDocument(new Document());
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				ScoreDoc[] found = new IndexSearcher(reader).search(new MatchAllDocsQuery(),
						new TopFieldCollectorManager(new Sort(KeywordOrder.ascending("title")), 4, null,
								Integer.MAX_VALUE)).scoreDocs;
				assertThat(Arrays.stream(found)
					.map((hit) -> ((org.apache.lucene.search.FieldDoc) hit).fields[0])
					.map((value) -> (value == null) ? "(none)" : ((BytesRef) value).utf8ToString())
					.toList()).containsExactly("a", "c", "d", "(none)");
			}
		}
	}

	private static Document titled(String title) {
		Document document = new Document();
		document.add(new SortedSetDocValuesField("title", new BytesRef(title)));
		return document;
	}

	private static SortField lucenesTitleOrder() {
		SortField title = new SortedSetSortField("title", false);
		title.setMissingValue(SortField.STRING_LAST);
		return title;
	}

	private static Sort byScore(SortField title) {
		return new Sort(SortField.FIELD_SCORE, title);
	}

	private static Sort byYear(SortField title) {
		SortField year = new SortField("year", SortField.Type.INT, true);
		year.setMissingValue(Integer.MIN_VALUE);
		return new Sort(year, title);
	}

	private static List<Integer> page(IndexSearcher searcher, Query query, int hits, Sort sort) throws IOException {
		ScoreDoc[] found = searcher.search(query,
				new TopFieldCollectorManager(sort, hits, null, Integer.MAX_VALUE)).scoreDocs;
		return Arrays.stream(found).map((hit) -> hit.doc).toList();
	}

	private static Document document(Random random) {
		Document document = new Document();
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 1 + random.nextInt(3); i++) {
			text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
		}
		document.add(new TextField("text", text.toString(), Field.Store.NO));
		if (random.nextInt(20) > 0) {
			document.add(new SortedSetDocValuesField("title",
					new BytesRef("titulo " + (char) ('a' + random.nextInt(26)) + random.nextInt(30))));
		}
		document.add(new NumericDocValuesField("year", 2000 + random.nextInt(4)));
		return document;
	}

}
