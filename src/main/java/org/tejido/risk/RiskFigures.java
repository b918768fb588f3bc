package org.tejido.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.tejido.collectives.Membership;

/**
 * A collective's risk levels and protection measures, counted for a situation report: no
 * threat, vulnerability, measure or person is named. Counts only the assessments the
 * coordinator may read; anyone else gets nothing counted.
 */
public interface RiskFigures {

	/**
	 * The threats of each assessment's latest review held on or before {@code asOf}, by
	 * band, and how many went up or down since the review before it; the measures of
	 * those assessments by kind and status, and how many open ones are past their due
	 * date on {@code asOf}.
	 */
	Levels levels(Membership coordinator, LocalDate asOf);

	/**
	 * Risk levels and measures, counted.
	 *
	 * @param threatsByBand the number of threats per band code (low, medium, high,
	 * critical), every band present
	 * @param wentUp threats whose risk went up since the previous review
	 * @param wentDown threats whose risk went down
	 * @param measures measures by kind and status code
	 * @param overdue open measures past their due date
	 */
	record Levels(Map<String, Integer> threatsByBand, int wentUp, int wentDown, List<MeasureCount> measures,
			int overdue) {

		public Levels {
			threatsByBand = Map.copyOf(threatsByBand);
			measures = List.copyOf(measures);
		}

	}

	/** How many measures have a kind and a status. */
	record MeasureCount(String kind, String status, int count) {
	}

}
