package org.tejido.library.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.tejido.library.search.SearchResults;
import org.tejido.library.search.YearRanges;
import org.tejido.site.Page;

/**
 * The facets of a results page, labelled in the reader's language, most frequent first.
 */
@Component
class Facets {

	private final Labels labels;

	Facets(Labels labels) {
		this.labels = labels;
	}

	List<FacetGroup> of(SearchResults results, LibraryLinks links, Page page) {
		List<FacetGroup> groups = new ArrayList<>();
		for (String facet : List.of("type", "area", "language", "region", "need")) {
			Map<String, Long> counts = results.facets().getOrDefault(facet, Map.of());
			List<FacetGroup.Value> values = counts.entrySet()
				.stream()
				.map((count) -> new FacetGroup.Value(this.labels.of(facet, count.getKey(), page.lang().code()),
						count.getValue(), links.toggle(facet, count.getKey()), links.isActive(facet, count.getKey())))
				.sorted(Comparator.comparing(FacetGroup.Value::count).reversed().thenComparing(FacetGroup.Value::label))
				.toList();
			if (!values.isEmpty()) {
				groups.add(new FacetGroup(facet, page.t("facet." + facet), values));
			}
		}
		groups.add(years(results, links, page));
		return groups;
	}

	private static FacetGroup years(SearchResults results, LibraryLinks links, Page page) {
		Map<String, Long> counts = results.facets().getOrDefault("year", Map.of());
		List<FacetGroup.Value> values = YearRanges.ALL.stream()
			.filter((range) -> counts.containsKey(range.key()))
			.map((range) -> {
				boolean active = java.util.Objects.equals(links.query().yearFrom(), range.from())
						&& java.util.Objects.equals(links.query().yearTo(), range.to())
						&& (range.from() != null || range.to() != null);
				String href = active ? links.years(null, null) : links.years(range.from(), range.to());
				return new FacetGroup.Value(page.t("year." + range.key()), counts.get(range.key()), href, active);
			})
			.toList();
		return new FacetGroup("year", page.t("facet.year"), values);
	}

}
