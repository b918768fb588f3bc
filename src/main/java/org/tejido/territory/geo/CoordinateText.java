package org.tejido.territory.geo;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;

/**
 * The text of a KML {@code coordinates} element ("lon,lat[,alt]" tuples separated by
 * white space), taken in the pieces the XML parser hands over, each vertex counted as it
 * is met.
 */
final class CoordinateText {

	private final Collected budget;

	private final List<Coordinate> points = new ArrayList<>();

	private final StringBuilder tuple = new StringBuilder();

	CoordinateText(Collected budget) {
		this.budget = budget;
	}

	void feed(char[] text, int start, int length) {
		for (int i = start; i < start + length; i++) {
			char c = text[i];
			if (Character.isWhitespace(c)) {
				flush();
			}
			else {
				this.tuple.append(c);
				if (this.tuple.length() > 100) {
					throw new FeatureProblem("territory.geo.coordinate-unreadable", this.tuple.substring(0, 40));
				}
			}
		}
	}

	List<Coordinate> finish() {
		flush();
		return this.points;
	}

	private void flush() {
		if (this.tuple.isEmpty()) {
			return;
		}
		String[] parts = this.tuple.toString().split(",", -1);
		this.tuple.setLength(0);
		this.budget.vertex();
		this.points.add(new Coordinate(number(parts, 0), number(parts, 1)));
	}

	private static double number(String[] parts, int index) {
		if (parts.length <= index || parts[index].isEmpty()) {
			return Double.NaN;
		}
		try {
			return Double.parseDouble(parts[index]);
		}
		catch (NumberFormatException ex) {
			throw new FeatureProblem("territory.geo.coordinate-unreadable", String.join(",", parts));
		}
	}

}
