package org.tejido.risk.capacities.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of the positions along an axis get a label so that no two labels are closer than
 * a gap: always the last (the latest), then, from the left, each that keeps the gap to
 * the label before it and to the last.
 */
final class TickLabels {

	private TickLabels() {
	}

	/** The indices of the positions (in increasing order) to label. */
	static List<Integer> shown(List<Double> positions, double gap) {
		List<Integer> shown = new ArrayList<>();
		if (positions.isEmpty()) {
			return shown;
		}
		int last = positions.size() - 1;
		for (int i = 0; i < last; i++) {
			double x = positions.get(i);
			boolean clearOfPrevious = shown.isEmpty() || x - positions.get(shown.get(shown.size() - 1)) >= gap;
			if (clearOfPrevious && positions.get(last) - x >= gap) {
				shown.add(i);
			}
		}
		shown.add(last);
		return shown;
	}

}
