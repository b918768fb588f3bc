package org.tejido.library.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results, the total, and for each facet the count of results per value.
 * Counts are taken over the same results the page comes from, so they always match.
 *
 * @param <T> what each result is: a {@link ResourceListing} read from the index, or a
 * resource loaded from the database
 * @param items the results of this page
 * @param facets facet name ({@code type}, {@code area}, {@code language}, {@code region},
 * {@code need}, {@code year}) to value to count
 */
public record SearchResults<T>(long total, List<T> items, Map<String, Map<String, Long>> facets, int page, int size) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return this.page < pages();
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

}
