package org.tejido.library.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FacetCountingTests {

	private static final List<String> FACETS = List.of("type", "area", "language");

	private static final List<String> TYPES = List.of("guide", "video", "report", "toolkit", "poster");

	private static final List<String> AREAS = List.of("land", "water", "women", "youth", "legal", "health", "memory");

	private static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt", "id", "qu", "ay", "wayuu");

	@Test
	void countsWhatLucenesFacetModuleCountsForFewAndManyMatchesOverSeveralSegmentsWithDeletions() throws IOException {
		Random random = new Random(20261204);
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
			for (int segment = 0; segment < 4; segment++) {
				for (int i = 0; i < 700; i++) {
					writer.addDocument(document(segment * 1000 + i, random));
				}
				writer.commit();
			}
			for (int i = 0; i < 300; i++) {
				writer.deleteDocuments(new Term("id", String.valueOf(random.nextInt(4000))));
			}
			writer.commit();
			FacetCounting counting = new FacetCounting(FACETS, "year", YearRanges.ALL, 3);
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				assertThat(reader.leaves()).as("segments").hasSizeGreaterThan(1);
				assertThat(reader.numDeletedDocs()).as("deleted documents").isPositive();
				IndexSearcher searcher = new IndexSearcher(reader);
				for (Query query : queries(random)) {
					FacetCounting.Counts ours = searcher.search(query, counting.over(reader));
					assertThat(inOrder(ours.facets())).as("facets of %s", query)
						.isEqualTo(inOrder(lucenes(searcher, reader, query, 3)));
					assertThat(ours.total()).as("matches of %s", query).isEqualTo(searcher.count(query));
				}
			}
		}
	}

	@Test
	void aSegmentAddedLaterIsCountedAndTheOldOnesAreStillRight() throws IOException {
		Random random = new Random(7);
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
			for (int i = 0; i < 200; i++) {
				writer.addDocument(document(i, random));
			}
			writer.commit();
			FacetCounting counting = new FacetCounting(FACETS, "year", YearRanges.ALL, 300);
			try (DirectoryReader first = DirectoryReader.open(writer)) {
				IndexSearcher searcher = new IndexSearcher(first);
				assertThat(inOrder(searcher.search(new MatchAllDocsQuery(), counting.over(first)).facets()))
					.isEqualTo(inOrder(lucenes(searcher, first, new MatchAllDocsQuery(), 300)));
			}
			writer.addDocument(document(500, random));
			writer.deleteDocuments(new Term("id", "3"));
			writer.commit();
			try (DirectoryReader second = DirectoryReader.open(writer)) {
				IndexSearcher searcher = new IndexSearcher(second);
				FacetCounting.Counts counts = searcher.search(new MatchAllDocsQuery(), counting.over(second));
				assertThat(counts.total()).isEqualTo(200);
				assertThat(inOrder(counts.facets()))
					.isEqualTo(inOrder(lucenes(searcher, second, new MatchAllDocsQuery(), 300)));
			}
		}
	}

	@Test
	void aYearRangeWithoutMatchesIsLeftOutAndDocumentsWithoutAYearCountInNone() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
			writer.addDocument(withYear(1995));
			writer.addDocument(withYear(2021));
			writer.addDocument(withYear(2024));
			writer.addDocument(new Document());
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				FacetCounting.Counts counts = new IndexSearcher(reader).search(new MatchAllDocsQuery(),
						new FacetCounting(List.of(), "year", YearRanges.ALL, 300).over(reader));
				assertThat(counts.total()).isEqualTo(4);
				assertThat(counts.facets().get("year")).containsExactly(Map.entry("before-2000", 1L),
						Map.entry("2020-", 2L));
			}
		}
	}

	/** Every count as "facet label count", in the order given. */
	private static List<String> inOrder(Map<String, Map<String, Long>> facets) {
		List<String> lines = new ArrayList<>();
		facets
			.forEach((facet, counts) -> counts.forEach((label, count) -> lines.add(facet + " " + label + " " + count)));
		return lines;
	}

	private static Document withYear(int year) {
		Document document = new Document();
		document.add(new NumericDocValuesField("year", year));
		return document;
	}

	private static Document document(int id, Random random) {
		Document document = new Document();
		document.add(new StringField("id", String.valueOf(id), Field.Store.NO));
		add(document, "type", List.of(TYPES.get(random.nextInt(TYPES.size()))));
		add(document, "area", some(AREAS, random));
		add(document, "language", some(LANGUAGES, random));
		if (random.nextInt(10) > 0) {
			document.add(new NumericDocValuesField("year", 1990 + random.nextInt(36)));
		}
		return document;
	}

	private static List<String> some(List<String> values, Random random) {
		List<String> some = new ArrayList<>();
		for (String value : values) {
			if (random.nextInt(4) == 0) {
				some.add(value);
			}
		}
		return some;
	}

	private static void add(Document document, String field, List<String> values) {
		for (String value : values) {
			document.add(new StringField(field, value, Field.Store.NO));
			document.add(new SortedSetDocValuesField(field, new BytesRef(value)));
		}
	}

	private static List<Query> queries(Random random) {
		List<Query> queries = new ArrayList<>(List.of(new MatchAllDocsQuery(), new TermQuery(new Term("type", "video")),
				new TermQuery(new Term("area", "nothing-has-this"))));
		for (int i = 0; i < 5; i++) {
			BooleanQuery.Builder few = new BooleanQuery.Builder();
			for (int id = 0; id < 10; id++) {
				few.add(new TermQuery(new Term("id", String.valueOf(random.nextInt(4000)))), Occur.SHOULD);
			}
			queries.add(few.build());
		}
		for (int i = 0; i < 20; i++) {
			queries.add(new BooleanQuery.Builder()
				.add(new TermQuery(new Term("area", AREAS.get(random.nextInt(AREAS.size())))), Occur.MUST)
				.add(new TermQuery(new Term("language", LANGUAGES.get(random.nextInt(LANGUAGES.size())))), Occur.SHOULD)
				.build());
		}
		return queries;
	}

	/** The counts as Lucene's facet module makes them. */
	private static Map<String, Map<String, Long>> lucenes(IndexSearcher searcher, DirectoryReader reader, Query query,
			int most) throws IOException {
		FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		for (String facet : FACETS) {
			Map<String, Long> counts = new LinkedHashMap<>();
			FacetResult top = new StringValueFacetCounts(new StringDocValuesReaderState(reader, facet), matches)
				.getTopChildren(most, facet);
			if (top != null) {
				for (LabelAndValue value : top.labelValues) {
					counts.put(value.label, value.value.longValue());
				}
			}
			facets.put(facet, counts);
		}
		LongRange[] ranges = YearRanges.ALL.stream()
			.map((range) -> new LongRange(range.key(), (range.from() != null) ? range.from() : Long.MIN_VALUE, true,
					(range.to() != null) ? range.to() : Long.MAX_VALUE, true))
			.toArray(LongRange[]::new);
		Map<String, Long> years = new LinkedHashMap<>();
		for (LabelAndValue range : new LongRangeFacetCounts("year", matches, ranges)
			.getAllChildren("year").labelValues) {
			if (range.value.longValue() > 0) {
				years.put(range.label, range.value.longValue());
			}
		}
		facets.put("year", years);
		return facets;
	}

}
