package org.tejido.library.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import org.tejido.library.search.SearchQuery;

/**
 * Links from one library page to the next: adding or removing a filter, choosing a year
 * range, turning pages. Every link is a plain URL, so it works without JavaScript and can
 * be shared.
 * <p>
 * A page has some 150 of these links, which differ by one parameter: each parameter value
 * is encoded once (as Spring's {@link UriComponentsBuilder} encodes a query parameter)
 * and the links are put together from the encoded parts. One instance serves one request.
 */
public final class LibraryLinks {

	private static final List<String> FACETS = List.of("type", "area", "language", "region", "need");

	private final String lang;

	private final SearchQuery query;

	private final String base;

	private final Map<String, String> encoded = new HashMap<>();

	public LibraryLinks(String lang, SearchQuery query) {
		this.lang = lang;
		this.query = query;
		this.base = "/" + lang + "/library";
	}

	public String lang() {
		return this.lang;
	}

	public SearchQuery query() {
		return this.query;
	}

	public String base() {
		return this.base;
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
		StringBuilder uri = new StringBuilder(128).append(this.base);
		char separator = '?';
		if (!this.query.text().isBlank()) {
			uri.append(separator).append("q=").append(encoded(this.query.text()));
			separator = '&';
		}
		for (String facet : FACETS) {
			Set<String> values = facet.equals(changedFacet) ? changedValues : values(facet);
			for (String value : values) {
				uri.append(separator).append(facet).append('=').append(encoded(value));
				separator = '&';
			}
		}
		if (from != null) {
			uri.append(separator).append("from=").append(from);
			separator = '&';
		}
		if (to != null) {
			uri.append(separator).append("to=").append(to);
			separator = '&';
		}
		if (page > 1) {
			uri.append(separator).append("page=").append(page);
		}
		return uri.toString();
	}

	/**
	 * A query parameter value encoded exactly as {@code UriComponentsBuilder.encode()}
	 * does.
	 */
	private String encoded(String value) {
		return this.encoded.computeIfAbsent(value, LibraryLinks::encode);
	}

	/**
	 * The builder reads braces as a URI template's variables and leaves them as they are;
	 * without braces its encoding is {@link UriUtils#encodeQueryParam}'s, at a fraction
	 * of the cost (a page encodes some 60 values).
	 */
	private static String encode(String raw) {
		if (raw.indexOf('{') < 0 && raw.indexOf('}') < 0) {
			return UriUtils.encodeQueryParam(raw, StandardCharsets.UTF_8);
		}
		return UriComponentsBuilder.fromPath("").queryParam("v", raw).encode().build().getQuery().substring(2);
	}

}
