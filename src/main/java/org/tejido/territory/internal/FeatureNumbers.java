package org.tejido.territory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.tejido.territory.geo.GeoProblem;
import org.tejido.territory.geo.GeoReading;

/**
 * The number in the file (from 1) of each feature read: a reading keeps only the sound
 * features, and the numbers of those left out are those of its problems.
 */
final class FeatureNumbers {

	private FeatureNumbers() {
	}

	static List<Integer> of(GeoReading reading) {
		Set<Integer> leftOut = reading.problems().stream().map(GeoProblem::feature).collect(Collectors.toSet());
		List<Integer> numbers = new ArrayList<>();
		int next = 1;
		for (int i = 0; i < reading.features().size(); i++) {
			while (leftOut.contains(next)) {
				next++;
			}
			numbers.add(next++);
		}
		return numbers;
	}

}
