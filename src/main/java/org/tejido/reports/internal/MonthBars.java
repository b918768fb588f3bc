package org.tejido.reports.internal;

import java.time.YearMonth;
import java.util.List;

/**
 * A bar per month, drawn as SVG by hand: the bar as high as the count shown (the lower
 * bound of a suppressed one), the count as shown written above it, months named below. No
 * style attribute, no script: it passes a strict Content-Security-Policy and prints.
 */
public final class MonthBars {

	static final int WIDTH = 600;

	static final int HEIGHT = 170;

	private static final double TOP = 24;

	private static final double BOTTOM = 130;

	private static final double LEFT = 8;

	private static final double RIGHT = WIDTH - 8;

	private static final double LABEL = 50;

	private MonthBars() {
	}

	/**
	 * @param id unique in the page, for the chart's title and description
	 * @param totals one cell per month
	 */
	public static String svg(String id, String title, String description, List<YearMonth> months, List<Cell> totals) {
		if (months.isEmpty() || months.size() != totals.size()) {
			throw new IllegalArgumentException("one count per month");
		}
		int highest = Math.max(1, totals.stream().mapToInt(Cell::lowerBound).max().orElse(1));
		double slot = (RIGHT - LEFT) / months.size();
		double bar = Math.min(28, slot * 0.7);
		int every = (int) Math.ceil(LABEL / slot);
		StringBuilder svg = new StringBuilder(2048).append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" width=\"100%\" role=\"img\" aria-labelledby=\"")
			.append(id)
			.append("-t ")
			.append(id)
			.append("-d\" font-size=\"11\" font-family=\"sans-serif\"><title id=\"")
			.append(id)
			.append("-t\">")
			.append(escape(title))
			.append("</title><desc id=\"")
			.append(id)
			.append("-d\">")
			.append(escape(description))
			.append("</desc><path stroke=\"#777\" d=\"M")
			.append(px(LEFT))
			.append(' ')
			.append(px(BOTTOM))
			.append('H')
			.append(px(RIGHT))
			.append("\"/><g fill=\"#1b1b1b\" text-anchor=\"middle\">");
		StringBuilder bars = new StringBuilder();
		for (int i = 0; i < months.size(); i++) {
			Cell cell = totals.get(i);
			double centre = LEFT + slot * (i + 0.5);
			double top = BOTTOM - (BOTTOM - TOP) * cell.lowerBound() / highest;
			if (cell.lowerBound() > 0) {
				bars.append('M')
					.append(px(centre - bar / 2))
					.append(' ')
					.append(px(BOTTOM))
					.append('V')
					.append(px(top))
					.append('h')
					.append(px(bar))
					.append('V')
					.append(px(BOTTOM))
					.append('z');
			}
			text(svg, centre, top - 4, cell.text().replace(">=", "≥").replace("suppressed", "…"));
			if (i % every == 0) {
				text(svg, centre, BOTTOM + 16, months.get(i).toString());
			}
		}
		svg.append("</g>");
		if (!bars.isEmpty()) {
			svg.append("<path fill=\"#1b5e7a\" d=\"").append(bars).append("\"/>");
		}
		return svg.append("</svg>").toString();
	}

	private static void text(StringBuilder svg, double x, double y, String text) {
		svg.append("<text x=\"").append(px(x)).append("\" y=\"").append(px(y)).append("\">");
		svg.append(escape(text)).append("</text>");
	}

	private static long px(double value) {
		return Math.round(value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
