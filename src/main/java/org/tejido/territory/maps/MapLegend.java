package org.tejido.territory.maps;

import java.util.function.Function;

/**
 * The text that goes with a map, so that what it shows can be read without seeing it:
 * what each kind on it is drawn as, then every labelled feature (with its link),
 * including those whose label did not fit on the drawing.
 */
public final class MapLegend {

	private MapLegend() {
	}

	/**
	 * The legend as HTML, to be written raw after the map: a list of the kinds shown,
	 * named by {@code kindName} (e.g. the message of {@link MapKind#messageKey()}, which
	 * says how the kind is drawn), then a list of the labelled features. Empty for an
	 * empty map.
	 */
	public static String html(SvgMap map, Function<MapKind, String> kindName) {
		if (map.isEmpty()) {
			return "";
		}
		StringBuilder html = new StringBuilder("<ul>");
		for (MapKind kind : MapKind.values()) {
			if (map.kinds().contains(kind)) {
				html.append("<li>").append(Xml.escape(kindName.apply(kind))).append("</li>");
			}
		}
		html.append("</ul>");
		if (map.entries().isEmpty()) {
			return html.toString();
		}
		html.append("<ul>");
		for (MapEntry entry : map.entries()) {
			html.append("<li>");
			String label = Xml.escape(entry.label());
			if (entry.href() != null) {
				html.append("<a href=\"").append(Xml.escape(entry.href())).append("\">").append(label).append("</a>");
			}
			else {
				html.append(label);
			}
			html.append(" (").append(Xml.escape(kindName.apply(entry.kind()))).append(")</li>");
		}
		return html.append("</ul>").toString();
	}

}
