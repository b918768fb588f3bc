package org.tejido.risk.capacities.chart;

/**
 * How the n-th line of a chart looks: a colour, a dash pattern and a marker shape, so
 * that lines differ by more than colour. The colours are dark enough for 4.5:1 on white.
 */
enum LineStyle {

	FIRST("#0b4f8a", "", Marker.CIRCLE), SECOND("#a40000", "9 4", Marker.SQUARE),
	THIRD("#1b7a3a", "2 3", Marker.TRIANGLE), FOURTH("#7a3b12", "10 3 2 3", Marker.DIAMOND),
	FIFTH("#6a3d9a", "5 2 1 2", Marker.CROSS);

	private final String colour;

	private final String dashes;

	private final Marker marker;

	LineStyle(String colour, String dashes, Marker marker) {
		this.colour = colour;
		this.dashes = dashes;
		this.marker = marker;
	}

	static LineStyle of(int index) {
		return values()[index % values().length];
	}

	String colour() {
		return this.colour;
	}

	/** The {@code stroke-dasharray}, or empty for a solid line. */
	String dashes() {
		return this.dashes;
	}

	Marker marker() {
		return this.marker;
	}

	/** The shapes marking each data point, about 9 pixels across. */
	enum Marker {

		CIRCLE, SQUARE, TRIANGLE, DIAMOND, CROSS;

		String at(double x, double y) {
			long cx = Svg.px(x);
			long cy = Svg.px(y);
			return switch (this) {
				case CIRCLE -> "M" + (cx - 4) + " " + cy + "a4 4 0 1 0 8 0a4 4 0 1 0-8 0";
				case SQUARE -> "M" + (cx - 4) + " " + (cy - 4) + "h8v8h-8z";
				case TRIANGLE -> "M" + cx + " " + (cy - 5) + "l5 9h-10z";
				case DIAMOND -> "M" + cx + " " + (cy - 5) + "l5 5-5 5-5-5z";
				case CROSS -> "M" + (cx - 4) + " " + (cy - 4) + "l8 8m0-8l-8 8";
			};
		}

	}

}
