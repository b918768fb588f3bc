package org.tejido.territory.internal;

import java.util.List;

import org.tejido.territory.geo.GeoFormat;
import org.tejido.territory.geo.GeoProblem;

/**
 * What was done, or would be done, with a geographic file: every feature, every problem
 * (with any of them nothing is written), the notes on features mended on the way in, and
 * whether it was written.
 */
public record FileReport(GeoFormat format, List<FileOutcome> features, List<GeoProblem> problems,
		List<GeoProblem> notes, boolean written) {

	public FileReport {
		features = List.copyOf(features);
		problems = List.copyOf(problems);
		notes = List.copyOf(notes);
	}

	public boolean refused() {
		return !this.problems.isEmpty();
	}

	/** How many features change something (neither refused nor unchanged). */
	public long changes() {
		return this.features.stream().filter((feature) -> !feature.becomes().equals(UNCHANGED)).count();
	}

	static final String UNCHANGED = "territory.files.becomes.unchanged";

}
