package org.tejido.collectives.web;

import java.util.List;

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
		int last = Math.max(1, (all.size() + SIZE - 1) / SIZE);
		int number = Math.min(Math.max(1, requested), last);
		int from = (number - 1) * SIZE;
		return new Paged<>(all.subList(from, Math.min(all.size(), from + SIZE)), number, number < last);
	}

	public boolean hasPrevious() {
		return this.number > 1;
	}

}
