package org.tejido.territory.geo;

import java.util.List;

/**
 * What was read from a file.
 *
 * @param format the format it was read as
 * @param features the valid features, in file order
 * @param problems the features left out, one problem each
 * @param notes the features kept but changed on the way in (a ring closed), one note each
 */
public record GeoReading(GeoFormat format, List<GeoFeature> features, List<GeoProblem> problems,
		List<GeoProblem> notes) {

	public GeoReading {
		features = List.copyOf(features);
		problems = List.copyOf(problems);
		notes = List.copyOf(notes);
	}

	/**
	 * Whether every feature of the file was read: what an all-or-nothing import needs.
	 */
	public boolean complete() {
		return this.problems.isEmpty();
	}

}
