package org.tejido.risk.capacities.chart;

import java.util.List;

/**
 * One series of a line chart: its name (for the legend) and one value per date of the
 * chart, in the same order.
 */
public record Line(String name, List<Integer> values) {

	public Line {
		values = List.copyOf(values);
	}

}
