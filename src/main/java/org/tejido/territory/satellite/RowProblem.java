package org.tejido.territory.satellite;

import java.util.List;

/**
 * A row of an alerts file that was left out, and why.
 *
 * @param row the row's number as a spreadsheet shows it (the header is row 1) or, in
 * GeoJSON, the feature's number counting from 1
 * @param messageKey key of the explanation in the territory bundle
 * @param args the explanation's arguments ({0} is always the row number)
 */
public record RowProblem(long row, String messageKey, List<String> args) {

	public RowProblem {
		args = List.copyOf(args);
	}

	static RowProblem of(long row, String reason, @org.jspecify.annotations.Nullable String value) {
		String shown = value == null ? "" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
		return new RowProblem(row, "territory.satellite.problem." + reason, List.of(Long.toString(row), shown));
	}

}
