package org.tejido.risk.capacities.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A compact bar per date, evenly spaced, of a share in percent: the part reached in full
 * solid, the part reached partly stacked on it as an outline (told apart by fill, not by
 * colour), the full share written above the bar when there is room.
 */
public final class BarChart {

	public static final int WIDTH = LineChart.WIDTH;

	static final double TOP = 28;

	static final double PLOT_HEIGHT = 90;

	static final double BOTTOM = TOP + PLOT_HEIGHT;

	static final double RIGHT = WIDTH - 36;

	static final double LEFT_MIN = 40;

	static final double WIDEST_BAR = 24;

	private static final String COLOUR = "#1b7a3a";

	private final ChartText text;

	private final String scaleTitle;

	private final List<String> percentLabels;

	private final List<LocalDate> dates;

	private final List<Integer> full;

	private final List<Integer> partly;

	private final List<String> legend;

	/**
	 * @param percentLabels the labels of 0, 50 and 100 percent, then one label per date
	 * for its full share
	 * @param full the share reached in full at each date, in percent
	 * @param partly the share reached partly at each date, in percent
	 * @param legend the names of the full and the partly reached parts
	 */
	public BarChart(ChartText text, String scaleTitle, List<String> percentLabels, List<LocalDate> dates,
			List<Integer> full, List<Integer> partly, List<String> legend) {
		if (dates.isEmpty() || full.size() != dates.size() || partly.size() != dates.size()
				|| percentLabels.size() != 3 + dates.size() || legend.size() != 2) {
			throw new IllegalArgumentException("a bar chart has one share of each kind and one label per date");
		}
		this.text = text;
		this.scaleTitle = scaleTitle;
		this.percentLabels = List.copyOf(percentLabels);
		this.dates = List.copyOf(dates);
		this.full = List.copyOf(full);
		this.partly = List.copyOf(partly);
		this.legend = List.copyOf(legend);
	}

	double left() {
		double longest = this.percentLabels.subList(0, 3).stream().mapToDouble(Svg::width).max().orElse(0);
		return Math.max(LEFT_MIN, longest + 14);
	}

	double slot() {
		return (RIGHT - left()) / this.dates.size();
	}

	double centre(int date) {
		return left() + slot() * (date + 0.5);
	}

	double barWidth() {
		return Math.min(WIDEST_BAR, slot() * 0.6);
	}

	LevelScale scale() {
		return new LevelScale(0, 100, TOP, BOTTOM);
	}

	int height() {
		return (int) Math.ceil(BOTTOM + 56);
	}

	public String svg() {
		StringBuilder svg = Svg.open(this.text, WIDTH, height());
		LevelScale scale = scale();
		double left = left();
		StringBuilder grid = new StringBuilder();
		svg.append("<g fill=\"#1b1b1b\" text-anchor=\"end\">");
		for (int i = 0; i < 3; i++) {
			double y = scale.y(i * 50);
			grid.append('M').append(Svg.px(left)).append(' ').append(Svg.px(y)).append('H').append(Svg.px(RIGHT + 8));
			Svg.text(svg, left - 8, y + 4, this.percentLabels.get(i));
		}
		svg.append("</g><path stroke=\"#ccc\" d=\"").append(grid).append("\"/><g fill=\"#1b1b1b\">");
		Svg.text(svg, 4, 14, Svg.fitted(this.scaleTitle, WIDTH - 8));
		svg.append("</g>");
		bars(svg, scale);
		labels(svg);
		legend(svg);
		return svg.append("</svg>").toString();
	}

	private void bars(StringBuilder svg, LevelScale scale) {
		StringBuilder solid = new StringBuilder();
		StringBuilder outline = new StringBuilder();
		double half = barWidth() / 2;
		for (int i = 0; i < this.dates.size(); i++) {
			long x = Svg.px(centre(i) - half);
			long w = Svg.px(barWidth());
			long base = Svg.px(BOTTOM);
			long fullTop = Svg.px(scale.y(this.full.get(i)));
			long partlyTop = Svg.px(scale.y(Math.min(100, this.full.get(i) + this.partly.get(i))));
			if (fullTop < base) {
				solid.append('M').append(x).append(' ').append(base).append('V').append(fullTop);
				solid.append('h').append(w).append('V').append(base).append('z');
			}
			if (partlyTop < fullTop) {
				outline.append('M').append(x).append(' ').append(fullTop).append('V').append(partlyTop);
				outline.append('h').append(w).append('V').append(fullTop).append('z');
			}
		}
		if (!solid.isEmpty()) {
			svg.append("<path class=\"reached\" fill=\"").append(COLOUR).append("\" d=\"").append(solid).append("\"/>");
		}
		if (!outline.isEmpty()) {
			svg.append("<path class=\"partly\" fill=\"#fff\" stroke=\"")
				.append(COLOUR)
				.append("\" stroke-width=\"1.5\" d=\"")
				.append(outline)
				.append("\"/>");
		}
	}

	private void labels(StringBuilder svg) {
		List<Double> xs = new ArrayList<>();
		for (int i = 0; i < this.dates.size(); i++) {
			xs.add(centre(i));
		}
		svg.append("<g fill=\"#1b1b1b\" text-anchor=\"middle\">");
		for (int i : TickLabels.shown(xs, LineChart.DATE_GAP)) {
			Svg.text(svg, xs.get(i), BOTTOM + 18, this.dates.get(i).toString());
		}
		for (int i = 0; i < this.dates.size(); i++) {
			String value = this.percentLabels.get(3 + i);
			if (Svg.width(value) + 4 <= slot()) {
				double top = scale().y(Math.min(100, this.full.get(i) + this.partly.get(i)));
				Svg.text(svg, xs.get(i), top - 4, value);
			}
		}
		svg.append("</g>");
	}

	private void legend(StringBuilder svg) {
		double y = BOTTOM + 44;
		double column = (WIDTH - 8) / 2.0;
		svg.append("<path fill=\"")
			.append(COLOUR)
			.append("\" d=\"M4 ")
			.append(Svg.px(y - 10))
			.append("h12v12h-12z\"/>");
		svg.append("<path fill=\"#fff\" stroke=\"")
			.append(COLOUR)
			.append("\" stroke-width=\"1.5\" d=\"M")
			.append(Svg.px(4 + column))
			.append(' ')
			.append(Svg.px(y - 10))
			.append("h12v12h-12z\"/><g fill=\"#1b1b1b\">");
		Svg.text(svg, 22, y, Svg.fitted(this.legend.get(0), column - 24));
		Svg.text(svg, 22 + column, y, Svg.fitted(this.legend.get(1), column - 24));
		svg.append("</g>");
	}

}
