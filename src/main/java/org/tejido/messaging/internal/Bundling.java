package org.tejido.messaging.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which messages of a batch go to the gateway together, in one call: those with the same
 * text from the same sender (the same bundle key), to different numbers, at most so many
 * a call. A gateway keeps one message per number and call, so a number twice in a batch
 * (a phone two members share) goes in two calls. Messages keep their order, within their
 * bundle and between bundles.
 */
final class Bundling {

	private Bundling() {
	}

	/**
	 * The bundles of two or more messages, as positions in the list; a message without a
	 * bundle key, or left alone, is in none.
	 */
	static List<List<Integer>> of(List<Item> messages) {
		Map<String, List<Bundle>> open = new LinkedHashMap<>();
		List<Bundle> all = new ArrayList<>();
		for (int i = 0; i < messages.size(); i++) {
			String key = messages.get(i).key();
			int most = messages.get(i).most();
			if (key == null || most < 2) {
				continue;
			}
			String number = PhoneNumbers.comparable(messages.get(i).number());
			List<Bundle> sameKey = open.computeIfAbsent(key, (k) -> new ArrayList<>());
			Bundle into = sameKey.stream().filter((bundle) -> bundle.takes(number, most)).findFirst().orElse(null);
			if (into == null) {
				into = new Bundle();
				sameKey.add(into);
				all.add(into);
			}
			into.add(i, number);
		}
		return all.stream().filter((bundle) -> bundle.positions.size() > 1).map((bundle) -> bundle.positions).toList();
	}

	/**
	 * A message as bundling sees it.
	 *
	 * @param key its bundle key (sender and text), or null when it goes on its own
	 * @param number the number it goes to
	 * @param most the most numbers one call to its gateway takes
	 */
	record Item(@Nullable String key, String number, int most) {
	}

	/** Positions of one bundle, and the numbers it holds. */
	private static final class Bundle {

		private final List<Integer> positions = new ArrayList<>();

		private final Set<String> numbers = new HashSet<>();

		boolean takes(String number, int most) {
			return this.positions.size() < most && !this.numbers.contains(number);
		}

		void add(int position, String number) {
			this.positions.add(position);
			this.numbers.add(number);
		}

	}

}
