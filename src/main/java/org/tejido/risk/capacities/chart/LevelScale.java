package org.tejido.risk.capacities.chart;

/**
 * Places values along the vertical axis: {@code min} at {@code bottom}, {@code max} at
 * {@code top} (SVG's y grows downwards).
 */
record LevelScale(double min, double max, double top, double bottom) {

	double y(double value) {
		return this.bottom - (this.bottom - this.top) * (value - this.min) / (this.max - this.min);
	}

}
