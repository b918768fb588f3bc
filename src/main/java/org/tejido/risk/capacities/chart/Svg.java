package org.tejido.risk.capacities.chart;

/**
 * Small helpers for writing SVG by hand: escaping text, whole-pixel numbers, text widths.
 */
final class Svg {

	/** The font size of every chart text, in the drawing's pixels. */
	static final int FONT = 12;

	/** A generous average advance of one character at {@link #FONT}. */
	static final double CHARACTER = 6.6;

	private Svg() {
	}

	static long px(double value) {
		return Math.round(value);
	}

	static double width(String text) {
		return text.codePointCount(0, text.length()) * CHARACTER;
	}

	/** The text cut to fit {@code room} pixels, with an ellipsis when cut. */
	static String fitted(String text, double room) {
		int most = Math.max(1, (int) Math.floor(room / CHARACTER));
		if (text.codePointCount(0, text.length()) <= most) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, most - 1)).strip() + "…";
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				default -> {
					if (c >= 0x20 && !(c >= 0x7f && c <= 0x9f) && c != 0xfffe && c != 0xffff) {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

	/** The opening of an accessible chart: named by its title, described by its desc. */
	static StringBuilder open(ChartText text, int width, int height) {
		String id = escape(text.id());
		return new StringBuilder(4096).append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" width=\"100%\" role=\"img\" aria-labelledby=\"")
			.append(id)
			.append("-t ")
			.append(id)
			.append("-d\" font-size=\"")
			.append(FONT)
			.append("\" font-family=\"sans-serif\"><title id=\"")
			.append(id)
			.append("-t\">")
			.append(escape(text.title()))
			.append("</title><desc id=\"")
			.append(id)
			.append("-d\">")
			.append(escape(text.description()))
			.append("</desc>");
	}

	static void text(StringBuilder svg, double x, double y, String text) {
		svg.append("<text x=\"")
			.append(px(x))
			.append("\" y=\"")
			.append(px(y))
			.append("\">")
			.append(escape(text))
			.append("</text>");
	}

}
