package org.tejido.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.QueryBuilder;
import org.hibernate.Session;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.tejido.library.LibrarySettings;
import org.tejido.library.catalogue.Resource;
import org.tejido.site.Lang;

/**
 * Full-text search over the library with facets. Each word must be found, in the reader's
 * language (stemmed), in any language (accents folded), or within one typo.
 * <p>
 * The index is Hibernate Search's, read through its Lucene backend: one pass over the
 * matches collects the page of hits and counts the facets, from columns of each segment's
 * facet values kept as long as the segment ({@link FacetCounting}).
 */
@Service
public class LibrarySearch {

	/** Facets of the library, in the order pages show them. */
	public static final List<String> FACETS = List.of("type", "area", "language", "region", "need");

	private static final int FUZZY_FROM_LENGTH = 4;

	private static final int MAX_FACET_VALUES = 300;

	private final EntityManagerFactory entityManagerFactory;

	@PersistenceContext
	private EntityManager entityManager;

	private final TransactionTemplate readOnly;

	private volatile @Nullable Engine engine;

	private final FacetCounting facetCounting = new FacetCounting(FACETS, "year", YearRanges.ALL, MAX_FACET_VALUES);

	private final SearchTurns turns;

	LibrarySearch(EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactions,
			LibrarySettings settings) {
		this.entityManagerFactory = entityManagerFactory;
		this.turns = SearchTurns.of(settings.searchesAtOnce());
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * A page of results as lists show them, read from the index alone: no transaction, no
	 * database. A few searches run at once, the others wait their turn
	 * ({@link SearchTurns}).
	 */
	public SearchResults<ResourceListing> listings(SearchQuery query) {
		return this.turns.take(() -> listingsInTurn(query));
	}

	private SearchResults<ResourceListing> listingsInTurn(SearchQuery query) {
		Engine engine = engine();
		List<String> terms = query.terms();
		// The reader keeps the segments open while this search reads them.
		try (IndexReader reader = engine.scope().openIndexReader()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			Sort sort = terms.isEmpty() ? engine.byYear() : engine.byScore();
			int wanted = query.offset() + query.size();
			Object[] found = searcher.search(query(engine.analyzer(), query, terms),
					new MultiCollectorManager(
							new TopFieldCollectorManager(sort, Math.max(1, wanted), null, Integer.MAX_VALUE),
							this.facetCounting.over(reader)));
			ScoreDoc[] hits = ((TopFieldDocs) found[0]).scoreDocs;
			FacetCounting.Counts counts = (FacetCounting.Counts) found[1];
			List<ResourceListing> items = Listings.read(reader,
					java.util.Arrays.copyOfRange(hits, Math.min(query.offset(), hits.length), hits.length));
			return new SearchResults<>(counts.total(), items, counts.facets(), query.page(), query.size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A page of results as resources loaded from the database, in the order found. */
	public SearchResults<Resource> search(SearchQuery query) {
		SearchResults<ResourceListing> found = listings(query);
		List<UUID> ids = found.items().stream().map(ResourceListing::id).toList();
		List<Resource> items = this.readOnly.execute((status) -> this.entityManager.unwrap(Session.class)
			.findMultiple(Resource.class, ids)
			.stream()
			.filter(Objects::nonNull)
			.map(Resource::loadedForListing)
			.toList());
		return new SearchResults<>(found.total(), items, found.facets(), found.page(), found.size());
	}

	/**
	 * The query Hibernate Search's DSL built before, written out: every word must match,
	 * as the reader's language analyses it (boost 2), or within the allowed typos in any
	 * language, or in a title (boost 2); filters must all match. Without words,
	 * everything matches; with words, the match-all clause the DSL added is left out: it
	 * only added one to every score, and made Lucene score the words through a
	 * conjunction.
	 */
	private static Query query(Analyzer analyzer, SearchQuery query, List<String> terms) {
		String languageField = ResourceTextBinder.textField(Lang.fromCode(query.lang()).orElse(Lang.FALLBACK));
		BooleanQuery.Builder root = new BooleanQuery.Builder();
		if (terms.isEmpty()) {
			root.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		for (String term : terms) {
			int typos = (term.length() >= FUZZY_FROM_LENGTH) ? 1 : 0;
			root.add(new BooleanQuery.Builder()
				.add(new BoostQuery(analyzed(new QueryBuilder(analyzer), languageField, term), 2f), Occur.SHOULD)
				.add(analyzed(new FuzzyQueryBuilder(analyzer, typos), ResourceTextBinder.ALL_TEXT, term), Occur.SHOULD)
				.add(new BoostQuery(analyzed(new FuzzyQueryBuilder(analyzer, typos), ResourceTextBinder.TITLES, term),
						2f), Occur.SHOULD)
				.build(), Occur.MUST);
		}
		filters(query).forEach((field, values) -> {
			if (values.size() == 1) {
				root.add(new TermQuery(new Term(field, values.iterator().next())), Occur.MUST);
			}
			else {
				BooleanQuery.Builder any = new BooleanQuery.Builder();
				values.forEach((value) -> any.add(new TermQuery(new Term(field, value)), Occur.SHOULD));
				root.add(any.build(), Occur.MUST);
			}
		});
		if (query.yearFrom() != null || query.yearTo() != null) {
			root.add(IntPoint.newRangeQuery("year", (query.yearFrom() != null) ? query.yearFrom() : Integer.MIN_VALUE,
					(query.yearTo() != null) ? query.yearTo() : Integer.MAX_VALUE), Occur.FILTER);
		}
		return root.build();
	}

	/** Analysed, one query per token; a word that analyses to nothing matches nothing. */
	private static Query analyzed(QueryBuilder builder, String field, String term) {
		Query query = builder.createBooleanQuery(field, term);
		return (query != null) ? query : new MatchNoDocsQuery("no tokens after analysis");
	}

	private static Map<String, Set<String>> filters(SearchQuery query) {
		Map<String, Set<String>> filters = new LinkedHashMap<>();
		filters.put("type", query.types());
		filters.put("area", query.areas());
		filters.put("language", query.languages());
		filters.put("region", query.regions());
		filters.put("need", (query.need() != null) ? Set.of(query.need()) : Set.of());
		filters.values().removeIf(Set::isEmpty);
		return filters;
	}

	private Engine engine() {
		Engine current = this.engine;
		if (current == null) {
			current = Engine.of(this.entityManagerFactory);
			this.engine = current;
		}
		return current;
	}

	/**
	 * The index scope, its search analyzer and the two sorts, as Hibernate Search sets
	 * them up.
	 */
	private record Engine(LuceneIndexScope scope, Analyzer analyzer, Sort byScore, Sort byYear) {

		static Engine of(EntityManagerFactory entityManagerFactory) {
			SearchMapping mapping = Search.mapping(entityManagerFactory);
			LuceneIndexScope scope = mapping.scope(Resource.class).extension(LuceneExtension.get());
			Analyzer analyzer = mapping.indexedEntity(Resource.class)
				.indexManager()
				.unwrap(LuceneIndexManager.class)
				.searchAnalyzer();
			try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
				Sort byScore = titlesReadWhenNeeded(Search.session(entityManager)
					.search(Resource.class)
					.extension(LuceneExtension.get())
					.where((f) -> f.matchAll())
					.sort((f) -> f.score().then().field("title_sort"))
					.toQuery()
					.luceneSort());
				Sort byYear = titlesReadWhenNeeded(Search.session(entityManager)
					.search(Resource.class)
					.extension(LuceneExtension.get())
					.where((f) -> f.matchAll())
					.sort((f) -> f.field("year").desc().missing().last().then().field("title_sort"))
					.toQuery()
					.luceneSort());
				return new Engine(scope, analyzer, byScore, byYear);
			}
		}

		/** The same sort, with the titles compared by {@link KeywordOrder}. */
		private static Sort titlesReadWhenNeeded(Sort sort) {
			SortField[] fields = sort.getSort().clone();
			for (int i = 0; i < fields.length; i++) {
				if ("title_sort".equals(fields[i].getField())) {
					fields[i] = KeywordOrder.ascending("title_sort");
				}
			}
			return new Sort(fields);
		}

	}

	/**
	 * Fuzzy term queries for each token, as Hibernate Search's {@code match().fuzzy()}.
	 */
	private static final class FuzzyQueryBuilder extends QueryBuilder {

		private final int maxEdits;

		FuzzyQueryBuilder(Analyzer analyzer, int maxEdits) {
			super(analyzer);
			this.maxEdits = maxEdits;
		}

		@Override
		protected Query newTermQuery(Term term, float boost) {
			return new FuzzyQuery(term, this.maxEdits, 1);
		}

	}

}
