package org.tejido.library.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.web.util.UriComponentsBuilder;

import org.tejido.library.search.SearchQuery;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryLinksTests {

	private static final List<String> AWKWARD = List.of("", "radio", "protección colectiva", "a&b=c", "50% + 1",
			"{lang}", "a}b", "niñ@s / \"defensoras\"", "l'eau?#", "x{y", "ü~!$'()*,;:");

	@Test
	void linksAreTheSameAsSpringWouldBuildThemWhateverTheWords() {
		for (String text : AWKWARD) {
			SearchQuery query = new SearchQuery(text, "es", Set.of("guides-manuals"), Set.of("digital", "a b"),
					Set.of(), Set.of(text), "needed", 2010, null, 3, 20);
			LibraryLinks links = new LibraryLinks("es", query);
			assertThat(links.toggle("area", "digital")).isEqualTo(spring(query, "area", Set.of("a b"), 2010, null, 1));
			assertThat(links.toggle("language", "pt"))
				.isEqualTo(spring(query, "language", Set.of("pt"), 2010, null, 1));
			assertThat(links.years(2020, null)).isEqualTo(spring(query, "", Set.of(), 2020, null, 1));
			assertThat(links.years(null, null)).isEqualTo(spring(query, "", Set.of(), null, null, 1));
			assertThat(links.page(4)).isEqualTo(spring(query, "", Set.of(), 2010, null, 4));
		}
	}

	/** How the links were built before: one UriComponentsBuilder per link. */
	private static String spring(SearchQuery query, String changedFacet, Set<String> changedValues,
			@Nullable Integer from, @Nullable Integer to, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/" + query.lang() + "/library");
		if (!query.text().isBlank()) {
			uri.queryParam("q", query.text());
		}
		for (String facet : List.of("type", "area", "language", "region", "need")) {
			Set<String> values = facet.equals(changedFacet) ? changedValues : switch (facet) {
				case "type" -> query.types();
				case "area" -> query.areas();
				case "language" -> query.languages();
				case "region" -> query.regions();
				default -> (query.need() != null) ? Set.of(query.need()) : Set.of();
			};
			new LinkedHashSet<>(values).forEach((value) -> uri.queryParam(facet, value));
		}
		if (from != null) {
			uri.queryParam("from", from);
		}
		if (to != null) {
			uri.queryParam("to", to);
		}
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

}
