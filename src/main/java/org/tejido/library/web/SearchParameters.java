package org.tejido.library.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import org.tejido.library.catalogue.Vocabularies;
import org.tejido.library.search.SearchQuery;
import org.tejido.site.BadRequest;

/**
 * Reads the library's query parameters
 * ({@code q, type, area, language, region, need, from,
 * to, page, size}) the same way for pages and the API, refusing unknown codes and numbers
 * that are not numbers with a message that says which parameter is wrong.
 */
@Component
class SearchParameters {

	static final int MAX_PAGE = 500;

	static final int MAX_SIZE = 100;

	private final Vocabularies vocabularies;

	SearchParameters(Vocabularies vocabularies) {
		this.vocabularies = vocabularies;
	}

	SearchQuery read(MultiValueMap<String, String> params, String lang, int defaultSize, boolean sizeAllowed) {
		String text = first(params, "q");
		Set<String> types = codes(params, "type", (code) -> this.vocabularies.isKnown(Vocabularies.TYPE, code));
		Set<String> areas = codes(params, "area", (code) -> this.vocabularies.isKnown(Vocabularies.AREA, code));
		Set<String> languages = codes(params, "language", this.vocabularies::isLanguage);
		Set<String> regions = codes(params, "region", this.vocabularies::isRegion);
		Set<String> needs = codes(params, "need", (code) -> this.vocabularies.isKnown(Vocabularies.NEED, code));
		Integer from = number(params, "from", 1000, 9999);
		Integer to = number(params, "to", 1000, 9999);
		Integer page = number(params, "page", 1, MAX_PAGE);
		Integer size = sizeAllowed ? number(params, "size", 1, MAX_SIZE) : null;
		return new SearchQuery((text != null) ? text : "", lang, types, areas, languages, regions,
				needs.isEmpty() ? null : needs.iterator().next(), from, to, (page != null) ? page : 1,
				(size != null) ? size : defaultSize);
	}

	private static Set<String> codes(MultiValueMap<String, String> params, String name, Predicate<String> known) {
		Set<String> codes = new LinkedHashSet<>();
		for (String value : params.getOrDefault(name, List.of())) {
			for (String code : value.split(",")) {
				String trimmed = code.strip();
				if (trimmed.isEmpty()) {
					continue;
				}
				if (!known.test(trimmed)) {
					throw new BadRequest("error.unknown-filter", name, shortened(trimmed));
				}
				codes.add(trimmed);
			}
		}
		return codes;
	}

	private static @Nullable Integer number(MultiValueMap<String, String> params, String name, int min, int max) {
		String value = first(params, name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new BadRequest("error.bad-number", name, shortened(value), min, max);
	}

	private static @Nullable String first(MultiValueMap<String, String> params, String name) {
		List<String> values = params.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/** A value as an error message may quote it: its first 40 characters. */
	static String shortened(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

}
