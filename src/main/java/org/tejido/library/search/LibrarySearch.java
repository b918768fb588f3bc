package org.tejido.library.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.tejido.library.catalogue.Resource;
import org.tejido.site.Lang;

/**
 * Full-text search over the library with facets. Each word must be found, in the reader's
 * language (stemmed), in any language (accents folded), or within one typo.
 */
@Service
public class LibrarySearch {

	/** Facets of the library, in the order pages show them. */
	public static final List<String> FACETS = List.of("type", "area", "language", "region", "need");

	private static final int FUZZY_FROM_LENGTH = 4;

	private static final Map<String, AggregationKey<Map<String, Long>>> TERM_FACETS = termFacetKeys();

	private static final AggregationKey<Map<Range<Integer>, Long>> YEAR_FACET = AggregationKey.of("year");

	private static final List<Range<Integer>> YEAR_RANGES = YearRanges.ALL.stream()
		.map((range) -> Range.between(range.from(), range.to()))
		.toList();

	private final EntityManagerFactory entityManagerFactory;

	@PersistenceContext
	private EntityManager entityManager;

	private final TransactionTemplate readOnly;

	LibrarySearch(EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactions) {
		this.entityManagerFactory = entityManagerFactory;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * A page of results as lists show them, read from the index alone: no transaction, no
	 * database.
	 */
	public SearchResults<ResourceListing> listings(SearchQuery query) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			SearchResult<String> result = run(entityManager, query);
			List<ResourceListing> items = result.hits().stream().map(ResourceListing::read).toList();
			return new SearchResults<>(result.total().hitCount(), items, facetsOf(result), query.page(), query.size());
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

	private static SearchResult<String> run(EntityManager entityManager, SearchQuery query) {
		List<String> terms = query.terms();
		String languageField = ResourceTextBinder.textField(Lang.fromCode(query.lang()).orElse(Lang.FALLBACK));
		return Search.session(entityManager)
			.search(Resource.class)
			.select((f) -> f.field(ResourceTextBinder.LISTING, String.class))
			.where((f, root) -> {
				root.add(f.matchAll());
				for (String term : terms) {
					int typos = (term.length() >= FUZZY_FROM_LENGTH) ? 1 : 0;
					root.add(f.bool()
						.should(f.match().field(languageField).matching(term).boost(2f))
						.should(f.match().field(ResourceTextBinder.ALL_TEXT).matching(term).fuzzy(typos, 1))
						.should(f.match().field(ResourceTextBinder.TITLES).matching(term).fuzzy(typos, 1).boost(2f)));
				}
				filters(query).forEach((field, values) -> root.add(f.terms().field(field).matchingAny(values)));
				if (query.yearFrom() != null || query.yearTo() != null) {
					root.add(f.range().field("year").between(query.yearFrom(), query.yearTo()));
				}
			})
			.sort((f) -> terms.isEmpty() ? f.field("year").desc().missing().last().then().field("title_sort")
					: f.score().then().field("title_sort"))
			.aggregation(TERM_FACETS.get("type"), (f) -> f.terms().field("type", String.class).maxTermCount(300))
			.aggregation(TERM_FACETS.get("area"), (f) -> f.terms().field("area", String.class).maxTermCount(300))
			.aggregation(TERM_FACETS.get("language"),
					(f) -> f.terms().field("language", String.class).maxTermCount(300))
			.aggregation(TERM_FACETS.get("region"), (f) -> f.terms().field("region", String.class).maxTermCount(300))
			.aggregation(TERM_FACETS.get("need"), (f) -> f.terms().field("need", String.class).maxTermCount(300))
			.aggregation(YEAR_FACET, (f) -> f.range().field("year", Integer.class).ranges(YEAR_RANGES))
			.fetch(query.offset(), query.size());
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

	private static Map<String, Map<String, Long>> facetsOf(SearchResult<?> result) {
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		TERM_FACETS.forEach((name, key) -> facets.put(name, result.aggregation(key)));
		Map<Range<Integer>, Long> byYear = result.aggregation(YEAR_FACET);
		Map<String, Long> years = new LinkedHashMap<>();
		YearRanges.ALL.forEach((range) -> {
			long count = byYear.getOrDefault(Range.between(range.from(), range.to()), 0L);
			if (count > 0) {
				years.put(range.key(), count);
			}
		});
		facets.put("year", years);
		return facets;
	}

	private static Map<String, AggregationKey<Map<String, Long>>> termFacetKeys() {
		Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
		FACETS.forEach((facet) -> keys.put(facet, AggregationKey.of(facet)));
		return keys;
	}

}
