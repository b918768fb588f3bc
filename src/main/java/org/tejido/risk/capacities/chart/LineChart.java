package org.tejido.risk.capacities.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A line chart of scores over time: one line per series across the dates (placed in
 * proportion to the time between them), the scale's labels on the left, the dates that
 * fit below, a legend under the axis. Lines with the same score at a date are spread a
 * few pixels apart ({@link #SPREAD}) so that none hides another; the table beside the
 * chart has the exact figures.
 */
public final class LineChart {

	public static final int WIDTH = 480;

	/** The vertical distance between neighbouring lines of the same score. */
	static final double SPREAD = 4;

	static final double TOP = 28;

	static final double PLOT_HEIGHT = 150;

	static final double BOTTOM = TOP + PLOT_HEIGHT;

	static final double RIGHT = WIDTH - 36;

	/** The least distance between the centres of two date labels. */
	static final double DATE_GAP = 74;

	static final double LEGEND_ROW = 20;

	private final ChartText text;

	private final String scaleTitle;

	private final String dateTitle;

	private final int min;

	private final List<String> levels;

	private final List<LocalDate> dates;

	private final List<Line> lines;

	/**
	 * @param levels the labels of the scale from its lowest value, {@code min}, upwards
	 * @param dates the dates of the values, oldest first
	 */
	public LineChart(ChartText text, String scaleTitle, String dateTitle, int min, List<String> levels,
			List<LocalDate> dates, List<Line> lines) {
		if (dates.isEmpty() || levels.size() < 2) {
			throw new IllegalArgumentException("a chart needs a date and two levels");
		}
		lines.forEach((line) -> {
			if (line.values().size() != dates.size()) {
				throw new IllegalArgumentException("a line has one value per date");
			}
		});
		this.text = text;
		this.scaleTitle = scaleTitle;
		this.dateTitle = dateTitle;
		this.min = min;
		this.levels = List.copyOf(levels);
		this.dates = List.copyOf(dates);
		this.lines = List.copyOf(lines);
	}

	/** Where the plot begins: room for the longest level label. */
	double left() {
		double longest = this.levels.stream().mapToDouble(Svg::width).max().orElse(0);
		return Math.min(150, Math.max(40, longest + 14));
	}

	TimeScale times() {
		return TimeScale.of(this.dates, left(), RIGHT);
	}

	LevelScale scale() {
		return new LevelScale(this.min, this.min + this.levels.size() - 1.0, TOP, BOTTOM);
	}

	/** The point of a series' value at a date, spread from the other series. */
	double[] point(int line, int date) {
		double offset = (line - (this.lines.size() - 1) / 2.0) * SPREAD;
		return new double[] { times().x(this.dates.get(date)),
				scale().y(this.lines.get(line).values().get(date)) + offset };
	}

	int height() {
		int rows = (this.lines.size() + 1) / 2;
		return (int) Math.ceil(BOTTOM + 50 + rows * LEGEND_ROW);
	}

	public String svg() {
		StringBuilder svg = Svg.open(this.text, WIDTH, height());
		grid(svg);
		dateLabels(svg);
		for (int i = 0; i < this.lines.size(); i++) {
			series(svg, i);
		}
		legend(svg);
		return svg.append("</svg>").toString();
	}

	private void grid(StringBuilder svg) {
		double left = left();
		LevelScale scale = scale();
		StringBuilder lines = new StringBuilder();
		svg.append("<g fill=\"#1b1b1b\" text-anchor=\"end\">");
		for (int i = 0; i < this.levels.size(); i++) {
			double y = scale.y(this.min + i);
			lines.append('M').append(Svg.px(left)).append(' ').append(Svg.px(y)).append('H').append(Svg.px(RIGHT + 8));
			Svg.text(svg, left - 8, y + 4, Svg.fitted(this.levels.get(i), left - 12));
		}
		svg.append("</g><path stroke=\"#ccc\" d=\"").append(lines).append("\"/>");
		svg.append("<path stroke=\"#555\" fill=\"none\" d=\"M")
			.append(Svg.px(left))
			.append(' ')
			.append(Svg.px(TOP - 8))
			.append("V")
			.append(Svg.px(BOTTOM + 8))
			.append("\"/>");
		svg.append("<g fill=\"#1b1b1b\">");
		Svg.text(svg, 4, 14, Svg.fitted(this.scaleTitle, WIDTH - 8));
		svg.append("</g>");
	}

	private void dateLabels(StringBuilder svg) {
		TimeScale times = times();
		List<Double> xs = new ArrayList<>();
		this.dates.forEach((date) -> xs.add(times.x(date)));
		svg.append("<g fill=\"#1b1b1b\" text-anchor=\"middle\">");
		for (int i : TickLabels.shown(xs, DATE_GAP)) {
			Svg.text(svg, xs.get(i), BOTTOM + 22, this.dates.get(i).toString());
		}
		Svg.text(svg, (left() + RIGHT) / 2, BOTTOM + 40, Svg.fitted(this.dateTitle, WIDTH - 8));
		svg.append("</g>");
	}

	private void series(StringBuilder svg, int index) {
		LineStyle style = LineStyle.of(index);
		StringBuilder points = new StringBuilder();
		StringBuilder markers = new StringBuilder();
		for (int date = 0; date < this.dates.size(); date++) {
			double[] point = point(index, date);
			if (date > 0) {
				points.append(' ');
			}
			points.append(Svg.px(point[0])).append(',').append(Svg.px(point[1]));
			markers.append(style.marker().at(point[0], point[1]));
		}
		svg.append("<g class=\"series\" stroke=\"")
			.append(style.colour())
			.append("\" fill=\"")
			.append(style.colour())
			.append("\"><polyline fill=\"none\" stroke-width=\"2\"");
		dashes(svg, style);
		svg.append(" points=\"").append(points).append("\"/><path stroke-width=\"1.5\" d=\"").append(markers);
		svg.append("\"/></g>");
	}

	private void legend(StringBuilder svg) {
		double column = (WIDTH - 8) / 2.0;
		StringBuilder names = new StringBuilder("<g fill=\"#1b1b1b\">");
		for (int i = 0; i < this.lines.size(); i++) {
			LineStyle style = LineStyle.of(i);
			double x = 4 + (i % 2) * column;
			double y = BOTTOM + 62 + (i / 2) * LEGEND_ROW;
			svg.append("<g stroke=\"").append(style.colour()).append("\" fill=\"").append(style.colour());
			svg.append("\"><path fill=\"none\" stroke-width=\"2\"");
			dashes(svg, style);
			svg.append(" d=\"M").append(Svg.px(x)).append(' ').append(Svg.px(y - 4)).append("h30\"/>");
			svg.append("<path stroke-width=\"1.5\" d=\"").append(style.marker().at(x + 15, y - 4)).append("\"/></g>");
			Svg.text(names, x + 38, y, Svg.fitted(this.lines.get(i).name(), column - 44));
		}
		svg.append(names).append("</g>");
	}

	private static void dashes(StringBuilder svg, LineStyle style) {
		if (!style.dashes().isEmpty()) {
			svg.append(" stroke-dasharray=\"").append(style.dashes()).append('"');
		}
	}

}
