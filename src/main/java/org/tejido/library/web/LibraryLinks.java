package org.tejido.library.web;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

import org.tejido.library.search.SearchQuery;

/**
 * Links from one library page to the next: adding or removing a filter, choosing a year
 * range, turning pages. Every link is a plain URL, so it works without JavaScript and can
 * be shared.
 */
public record LibraryLinks(String lang, SearchQuery query) {

	public String base() {
		return "/" + this.lang + "/library";
	}

	public boolean isActive(String facet, String code) {
		return values(facet).contains(code);
	}

	public String toggle(String facet, String code) {
		Set<String> values = new LinkedHashSet<>(values(facet));
		if (!values.remove(code)) {
			values.add(code);
		}
		return build(facet, values, this.query.yearFrom(), this.query.yearTo(), 1);
	}

	public String years(@Nullable Integer from, @Nullable Integer to) {
		return build("", Set.of(), from, to, 1);
	}

	public String page(int page) {
		return build("", Set.of(), this.query.yearFrom(), this.query.yearTo(), page);
	}

	private Set<String> values(String facet) {
		return switch (facet) {
			case "type" -> this.query.types();
			case "area" -> this.query.areas();
			case "language" -> this.query.languages();
			case "region" -> this.query.regions();
			case "need" -> (this.query.need() != null) ? Set.of(this.query.need()) : Set.of();
			default -> Set.of();
		};
	}

	private String build(String changedFacet, Set<String> changedValues, @Nullable Integer from, @Nullable Integer to,
			int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base());
		if (!this.query.text().isBlank()) {
			uri.queryParam("q", this.query.text());
		}
		for (String facet : new String[] { "type", "area", "language", "region", "need" }) {
			Set<String> values = facet.equals(changedFacet) ? changedValues : values(facet);
			values.forEach((value) -> uri.queryParam(facet, value));
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
