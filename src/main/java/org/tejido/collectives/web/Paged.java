package org.tejido.collectives.web;

import java.util.List;
import java.util.function.BiFunction;

/**
 * One page of a long list, so that a collective with hundreds of people still gets pages
 * that fit the first round trip.
 *
 * @param items what this page shows
 * @param number this page's number, from 1
 * @param hasNext whether a later page exists
 */
public record Paged<T>(List<T> items, int number, boolean hasNext) {

	static final int SIZE = 40;

	static <T> Paged<T> of(List<T> all, int requested) {
		return of(all.size(), requested, (from, to) -> all.subList(from, to));
	}

	/**
	 * The requested page of a list of {@code total} items, reading only that page's
	 * items: {@code slice} gives the items from one index (inclusive) to another
	 * (exclusive).
	 */
	static <T> Paged<T> of(int total, int requested, BiFunction<Integer, Integer, List<T>> slice) {
		int last = Math.max(1, (total + SIZE - 1) / SIZE);
		int number = Math.min(Math.max(1, requested), last);
		int from = (number - 1) * SIZE;
		return new Paged<>(slice.apply(from, Math.min(total, from + SIZE)), number, number < last);
	}

	public boolean hasPrevious() {
		return this.number > 1;
	}

}
