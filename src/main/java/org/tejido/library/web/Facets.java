package org.tejido.library.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.tejido.library.catalogue.Vocabularies;
import org.tejido.library.search.SearchResults;
import org.tejido.library.search.YearRanges;
import org.tejido.site.Page;

/**
 * The facets of a results page, labelled in the reader's language, most frequent first.
 */
@Component
class Facets {

	private final Labels labels;

	private final Vocabularies vocabularies;

	Facets(Labels labels, Vocabularies vocabularies) {
		this.labels = labels;
		this.vocabularies = vocabularies;
	}

	List<FacetGroup> of(SearchResults<?> results, LibraryLinks links, Page page) {
		List<FacetGroup> groups = new ArrayList<>();
		for (String facet : List.of("type", "area", "language", "region", "need")) {
			Map<String, Long> counts = results.facets().getOrDefault(facet, Map.of());
			List<FacetGroup.Value> values = counts.entrySet()
				.stream()
				.map((count) -> new FacetGroup.Value(count.getKey(),
						this.labels.of(facet, count.getKey(), page.lang().code()), count.getValue(),
						links.toggle(facet, count.getKey()), links.isActive(facet, count.getKey())))
				.sorted(Comparator.comparing(FacetGroup.Value::count).reversed().thenComparing(FacetGroup.Value::label))
				.toList();
			if (!values.isEmpty()) {
				groups.add(new FacetGroup(facet, page.t("facet." + facet), values));
			}
		}
		groups.add(years(results, links, page));
		return groups;
	}

	/**
	 * The area facet split by the dimensions of collective protection the areas belong
	 * to.
	 */
	List<FacetGroup> areasByDimension(FacetGroup areas, Page page) {
		String lang = page.lang().code();
		Map<String, String> dimensionOfArea = new HashMap<>();
		this.vocabularies.terms(Vocabularies.AREA)
			.forEach((area) -> dimensionOfArea.put(area.code(), String.valueOf(area.grouping())));
		return this.vocabularies.terms(Vocabularies.AREA_GROUP)
			.stream()
			.map((dimension) -> new FacetGroup(dimension.code(), dimension.label(lang),
					areas.values()
						.stream()
						.filter((value) -> dimension.code().equals(dimensionOfArea.get(value.code())))
						.toList()))
			.filter((group) -> !group.values().isEmpty())
			.toList();
	}

	/** The filters in force, each with a link that removes it. */
	static List<FacetGroup.Value> active(List<FacetGroup> groups) {
		return groups.stream().flatMap((group) -> group.values().stream()).filter(FacetGroup.Value::active).toList();
	}

	private static FacetGroup years(SearchResults<?> results, LibraryLinks links, Page page) {
		Map<String, Long> counts = results.facets().getOrDefault("year", Map.of());
		List<FacetGroup.Value> values = YearRanges.ALL.stream()
			.filter((range) -> counts.containsKey(range.key()))
			.map((range) -> {
				boolean active = java.util.Objects.equals(links.query().yearFrom(), range.from())
						&& java.util.Objects.equals(links.query().yearTo(), range.to())
						&& (range.from() != null || range.to() != null);
				String href = active ? links.years(null, null) : links.years(range.from(), range.to());
				return new FacetGroup.Value(range.key(), page.t("year." + range.key()), counts.get(range.key()), href,
						active);
			})
			.toList();
		return new FacetGroup("year", page.t("facet.year"), values);
	}

}
