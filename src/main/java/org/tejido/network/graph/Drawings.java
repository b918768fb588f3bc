package org.tejido.network.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The map's views as SVG drawn on the server: the network, the levels, the power matrix
 * (influence by stance), and the indicators over time. Texts come through {@code words}
 * (a message key without its {@code network.} prefix, e.g. {@code stance.ally}); every
 * drawing has a role, a title and a description, and hidden relations are dashed.
 */
public final class Drawings {

	static final int WIDTH = 640;

	static final Map<Stance, String> COLOURS = Map.of(Stance.ALLY, "#1b6e20", Stance.NEUTRAL, "#6b6b6b", Stance.UNKNOWN,
			"#8a6d00", Stance.OPPONENT, "#a4161a");

	static final String COLLECTIVE = "#1a4f9c";

	private Drawings() {
	}

	public static String network(ActorGraph map, String id, String title, String description) {
		int height = 480;
		Map<String, int[]> places = Layout.of(map, WIDTH, height, 24);
		return drawn(map, places, id, title, description, height, "");
	}

	/** Bands from the collective (bottom) to the international level (top). */
	public static String levels(ActorGraph map, String id, String title, String description,
			Function<String, String> words) {
		int band = 110;
		int height = band * 4;
		Map<String, List<Node>> rows = new LinkedHashMap<>();
		rows.put(Level.INTERNATIONAL.code(), new ArrayList<>());
		rows.put(Level.NATIONAL.code(), new ArrayList<>());
		rows.put(Level.LOCAL.code(), new ArrayList<>());
		rows.put("collective", new ArrayList<>());
		for (Node node : map.nodes()) {
			rows.get(node.inCollective() ? "collective" : node.level().code()).add(node);
		}
		Map<String, int[]> places = new java.util.HashMap<>();
		StringBuilder bands = new StringBuilder("<g font-size=\"11\" fill=\"#333\">");
		int row = 0;
		for (Map.Entry<String, List<Node>> entry : rows.entrySet()) {
			int top = row * band;
			bands.append("<text x=\"4\" y=\"").append(top + 12).append("\">");
			bands.append(Xml.escape(
					words.apply(entry.getKey().equals("collective") ? "the-collective" : "level." + entry.getKey())));
			bands.append("</text>");
			List<Node> nodes = entry.getValue();
			nodes.sort(java.util.Comparator.comparing(Node::stance).thenComparing(Node::label).thenComparing(Node::id));
			int lines = Math.max(1, (nodes.size() + 29) / 30);
			int perLine = Math.max(1, (nodes.size() + lines - 1) / lines);
			for (int i = 0; i < nodes.size(); i++) {
				int line = i / perLine;
				int column = i % perLine;
				int x = 90 + (int) Math.round((column + 0.5) * (WIDTH - 100) / (double) perLine);
				int y = top + 30 + (line * (band - 40)) / lines + ((column % 2 == 0) ? 0 : 14);
				places.put(nodes.get(i).id(), new int[] { x, y });
			}
			row++;
		}
		bands.append("</g><path stroke=\"#ddd\" d=\"M0 ").append(band).append("H640M0 ").append(2 * band);
		bands.append("H640M0 ").append(3 * band).append("H640\"/>");
		return drawn(map, places, id, title, description, height, bands.toString());
	}

	private static String drawn(ActorGraph map, Map<String, int[]> places, String id, String title, String description,
			int height, String under) {
		StringBuilder svg = open(id, title, description, height);
		svg.append(under);
		edges(svg, map, places);
		for (String fill : List.of(COLLECTIVE, COLOURS.get(Stance.ALLY), COLOURS.get(Stance.NEUTRAL),
				COLOURS.get(Stance.UNKNOWN), COLOURS.get(Stance.OPPONENT))) {
			StringBuilder dots = new StringBuilder();
			for (Node node : map.nodes()) {
				if (fill(node).equals(fill)) {
					int[] at = places.get(node.id());
					int r = 3 + node.influence();
					if (node.kind() == NodeKind.GROUP) {
						dots.append("<rect x=\"").append(at[0] - r).append("\" y=\"").append(at[1] - r);
						dots.append("\" width=\"").append(2 * r).append("\" height=\"").append(2 * r).append("\"/>");
					}
					else {
						dots.append("<circle cx=\"").append(at[0]).append("\" cy=\"").append(at[1]);
						dots.append("\" r=\"")
							.append(r)
							.append(node.hidden() ? "\" stroke=\"#000\" stroke-dasharray=\"2\"/>" : "\"/>");
					}
				}
			}
			if (!dots.isEmpty()) {
				svg.append("<g fill=\"").append(fill).append("\">").append(dots).append("</g>");
			}
		}
		svg.append("<g font-size=\"9\" fill=\"#111\">");
		for (Node node : map.nodes()) {
			int[] at = places.get(node.id());
			svg.append("<text x=\"").append(at[0] + 4 + node.influence()).append("\" y=\"").append(at[1] + 3);
			svg.append("\">").append(Xml.escape(shortened(node.label(), 16))).append("</text>");
		}
		return svg.append("</g></svg>").toString();
	}

	private static void edges(StringBuilder svg, ActorGraph map, Map<String, int[]> places) {
		StringBuilder open = new StringBuilder();
		StringBuilder shadow = new StringBuilder();
		StringBuilder threats = new StringBuilder();
		for (Edge edge : map.edges()) {
			int[] from = places.get(edge.source());
			int[] to = places.get(edge.target());
			if (from == null || to == null) {
				continue;
			}
			StringBuilder into = (edge.type() == RelationType.THREATENS) ? threats : edge.hidden() ? shadow : open;
			into.append('M').append(from[0]).append(' ').append(from[1]).append('L').append(to[0]).append(' ');
			into.append(to[1]);
		}
		path(svg, open, "#9aa5b1", "");
		path(svg, shadow, "#555", " stroke-dasharray=\"4 3\"");
		path(svg, threats, COLOURS.get(Stance.OPPONENT), "");
	}

	private static void path(StringBuilder svg, StringBuilder data, String stroke, String extra) {
		if (!data.isEmpty()) {
			svg.append("<path fill=\"none\" stroke=\"").append(stroke).append('"').append(extra).append(" d=\"");
			svg.append(data).append("\"/>");
		}
	}

	/** Influence (rows, 5 at the top) by stance (columns): actors only, named. */
	public static String matrix(ActorGraph map, String id, String title, String description,
			Function<String, String> words) {
		int cellWidth = 140;
		int cellHeight = 84;
		int left = 80;
		int top = 20;
		StringBuilder svg = open(id, title, description, top + 5 * cellHeight + 20);
		svg.append("<g font-size=\"11\" fill=\"#333\">");
		List<Stance> stances = List.of(Stance.OPPONENT, Stance.NEUTRAL, Stance.UNKNOWN, Stance.ALLY);
		for (int c = 0; c < stances.size(); c++) {
			svg.append("<text x=\"").append(left + c * cellWidth + 4).append("\" y=\"14\">");
			svg.append(Xml.escape(words.apply("stance." + stances.get(c).code()))).append("</text>");
		}
		for (int influence = 5; influence >= 1; influence--) {
			svg.append("<text x=\"4\" y=\"").append(top + (5 - influence) * cellHeight + 14).append("\">");
			svg.append(Xml.escape(words.apply("influence"))).append(' ').append(influence).append("</text>");
		}
		svg.append("</g><path fill=\"none\" stroke=\"#ccc\" d=\"");
		for (int r = 0; r <= 5; r++) {
			svg.append('M').append(left).append(' ').append(top + r * cellHeight).append('h').append(4 * cellWidth);
		}
		for (int c = 0; c <= 4; c++) {
			svg.append('M').append(left + c * cellWidth).append(' ').append(top).append('v').append(5 * cellHeight);
		}
		svg.append("\"/>");
		for (int c = 0; c < stances.size(); c++) {
			Stance stance = stances.get(c);
			svg.append("<g font-size=\"9\" fill=\"").append(COLOURS.get(stance)).append("\">");
			for (int influence = 5; influence >= 1; influence--) {
				List<Node> cell = cell(map, stance, influence);
				int x = left + c * cellWidth + 4;
				int y = top + (5 - influence) * cellHeight + 12;
				for (int i = 0; i < Math.min(cell.size(), 6); i++) {
					svg.append("<text x=\"").append(x).append("\" y=\"").append(y + i * 12).append('"');
					svg.append(cell.get(i).hidden() ? " font-style=\"italic\">" : ">");
					svg.append(Xml.escape(shortened(cell.get(i).label(), 24))).append("</text>");
				}
				if (cell.size() > 6) {
					svg.append("<text x=\"").append(x).append("\" y=\"").append(y + 72).append("\">+");
					svg.append(cell.size() - 6).append("</text>");
				}
			}
			svg.append("</g>");
		}
		return svg.append("</svg>").toString();
	}

	/** The actors of one cell of the matrix, by name. */
	public static List<Node> cell(ActorGraph map, Stance stance, int influence) {
		return map.actors()
			.stream()
			.filter((node) -> node.stance() == stance && node.influence() == influence)
			.sorted(java.util.Comparator.comparing(Node::label).thenComparing(Node::id))
			.toList();
	}

	/**
	 * One line per series over the days given (oldest first), each scaled to its own
	 * largest value; {@code series} maps a label to its values.
	 */
	public static String trend(Map<String, double[]> series, List<String> days, String id, String title,
			String description) {
		int row = 34;
		int left = 180;
		int right = WIDTH - 10;
		StringBuilder svg = open(id, title, description, Math.max(1, series.size()) * row + 20);
		svg.append("<g font-size=\"10\" fill=\"#333\">");
		int r = 0;
		for (String label : series.keySet()) {
			svg.append("<text x=\"4\" y=\"").append(r * row + 20).append("\">").append(Xml.escape(label));
			svg.append("</text>");
			r++;
		}
		if (!days.isEmpty()) {
			svg.append("<text x=\"").append(left).append("\" y=\"").append(series.size() * row + 14).append("\">");
			svg.append(Xml.escape(days.get(0))).append("</text><text x=\"").append(right - 60).append("\" y=\"");
			svg.append(series.size() * row + 14).append("\">").append(Xml.escape(days.get(days.size() - 1)));
			svg.append("</text>");
		}
		svg.append("</g><g fill=\"none\" stroke=\"").append(COLLECTIVE).append("\">");
		r = 0;
		for (double[] values : series.values()) {
			double max = java.util.Arrays.stream(values).filter(Double::isFinite).max().orElse(0);
			StringBuilder points = new StringBuilder();
			for (int i = 0; i < values.length; i++) {
				if (!Double.isFinite(values[i])) {
					continue;
				}
				int x = (values.length == 1) ? left
						: left + (int) Math.round((double) i * (right - left) / (values.length - 1));
				int y = r * row + 26 - (int) Math.round((max == 0) ? 0 : values[i] / max * 20);
				points.append(points.isEmpty() ? "" : " ").append(x).append(',').append(y);
			}
			if (!points.isEmpty()) {
				svg.append("<polyline points=\"").append(points).append("\"/>");
			}
			r++;
		}
		return svg.append("</g></svg>").toString();
	}

	private static String fill(Node node) {
		return node.inCollective() ? COLLECTIVE : COLOURS.get(node.stance());
	}

	private static StringBuilder open(String id, String title, String description, int height) {
		StringBuilder svg = new StringBuilder(8192);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ');
		svg.append(height).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id);
		svg.append("-d\"><title id=\"")
			.append(id)
			.append("-t\">")
			.append(Xml.escape(title))
			.append("</title><desc id=\"");
		svg.append(id).append("-d\">").append(Xml.escape(description)).append("</desc>");
		return svg;
	}

	static String shortened(String label, int length) {
		return (label.codePointCount(0, label.length()) <= length) ? label
				: label.substring(0, label.offsetByCodePoints(0, length - 1)) + "…";
	}

}
