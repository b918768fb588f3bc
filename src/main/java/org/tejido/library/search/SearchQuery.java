package org.tejido.library.search;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a reader asks the library: words, filters (values of one facet are alternatives,
 * different facets must all hold), a year range and a page.
 *
 * @param page 1 for the first page
 */
public record SearchQuery(String text, String lang, Set<String> types, Set<String> areas, Set<String> languages,
		Set<String> regions, @Nullable String need, @Nullable Integer yearFrom, @Nullable Integer yearTo, int page,
		int size) {

	public static SearchQuery everything(String lang, int size) {
		return new SearchQuery("", lang, Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, 1, size);
	}

	public List<String> terms() {
		return QueryTerms.of(this.text, this.lang);
	}

	public int offset() {
		return (this.page - 1) * this.size;
	}

}
