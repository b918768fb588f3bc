package org.tejido.territory.web;

import java.util.List;

import org.tejido.territory.internal.PlaceShape;

/**
 * One page of the places a reader may see, of one kind or all, so a territory with
 * hundreds of places still has pages that fit the first round trip.
 *
 * @param kind the kind's code, or empty for every kind
 * @param number this page's number, from 1
 */
public record PlacePage(List<PlaceShape> items, String kind, int number, boolean hasNext) {

	static final int SIZE = 40;

	static PlacePage of(List<PlaceShape> all, String kind, String requested) {
		int last = Math.max(1, (all.size() + SIZE - 1) / SIZE);
		int number = Math.min(Math.max(1, parsed(requested)), last);
		int from = (number - 1) * SIZE;
		return new PlacePage(all.subList(from, Math.min(all.size(), from + SIZE)), kind, number, number < last);
	}

	public boolean hasPrevious() {
		return this.number > 1;
	}

	/** The list's path for another page, keeping the kind. */
	public String path(int page) {
		return "/territory/places?" + (this.kind.isEmpty() ? "" : "kind=" + this.kind + "&") + "page=" + page;
	}

	private static int parsed(String requested) {
		try {
			return Integer.parseInt(requested.strip());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
