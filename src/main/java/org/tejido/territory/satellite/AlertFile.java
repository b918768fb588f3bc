package org.tejido.territory.satellite;

import java.util.List;

/**
 * What was read from one alerts file.
 *
 * @param sources the alert systems the file's columns name
 * @param rows data rows (or features) read
 * @param alerts the usable alerts, in the file's order
 * @param problems the rows left out (at most {@link AlertLimits#maxProblemsListed()})
 * @param problemCount how many rows were left out in all
 */
public record AlertFile(List<AlertSource> sources, long rows, List<SatelliteAlert> alerts, List<RowProblem> problems,
		long problemCount) {

	public AlertFile {
		sources = List.copyOf(sources);
		alerts = List.copyOf(alerts);
		problems = List.copyOf(problems);
	}

}
