package org.tejido.territory.maps;

import java.util.List;

/**
 * Writes drawings as one {@code <svg>}: a group per kind with its presentation
 * attributes, one path for all of a kind's unlinked features, an {@code <a>} around each
 * linked one (the first {@code links} of them), then the labels that fit.
 * <p>
 * Without links the map is one named image. With links it is a named group (an image may
 * hold nothing interactive): the shapes' links are there for the pointer only, out of the
 * tab order and hidden from screen readers, because the legend and the lists of the page
 * give the same links with their names.
 */
final class SvgWriter {

	static final int MARGIN = 12;

	private final String title;

	private final int width;

	private final int height;

	SvgWriter(String title, int width, int height) {
		this.title = title;
		this.width = width;
		this.height = height;
	}

	String write(List<Drawing> drawings, int links, boolean labelled) {
		String name = Xml.escape(this.title);
		boolean[] keepsLink = new boolean[drawings.size()];
		int kept = 0;
		for (int i = 0; i < drawings.size() && kept < links; i++) {
			if (drawings.get(i).linked()) {
				keepsLink[i] = true;
				kept++;
			}
		}
		StringBuilder svg = new StringBuilder(16384);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(this.width)
			.append(' ')
			.append(this.height)
			.append("\" width=\"100%\" role=\"")
			.append((kept > 0) ? "group" : "img")
			.append("\" aria-label=\"")
			.append(name)
			.append("\"><title>")
			.append(name)
			.append("</title><rect width=\"")
			.append(this.width)
			.append("\" height=\"")
			.append(this.height)
			.append("\" fill=\"#f7f5ef\"/>");
		Labels labels = new Labels(this.width, this.height);
		for (MapKind kind : MapKind.values()) {
			group(svg, kind, drawings, keepsLink, labelled ? labels : null);
		}
		return svg.append(labels.svg()).append("</svg>").toString();
	}

	private static void group(StringBuilder svg, MapKind kind, List<Drawing> drawings, boolean[] keepsLink,
			@org.jspecify.annotations.Nullable Labels labels) {
		StringBuilder unlinked = new StringBuilder();
		StringBuilder linked = new StringBuilder();
		for (int i = 0; i < drawings.size(); i++) {
			Drawing drawing = drawings.get(i);
			if (drawing.kind() != kind) {
				continue;
			}
			if (keepsLink[i]) {
				linked.append("<a href=\"")
					.append(Xml.escape(drawing.href()))
					.append("\" tabindex=\"-1\"><path d=\"")
					.append(drawing.path())
					.append("\"/></a>");
			}
			else {
				unlinked.append(drawing.path());
			}
			if (labels != null && drawing.label() != null) {
				labels.offer(drawing.label(), drawing.anchor());
			}
		}
		if (unlinked.isEmpty() && linked.isEmpty()) {
			return;
		}
		svg.append("<g ").append(kind.attributes());
		if (!linked.isEmpty()) {
			svg.append(" aria-hidden=\"true\"");
		}
		if (kind.shape() == MapKind.Shape.AREA) {
			svg.append(" fill-rule=\"evenodd\"");
		}
		svg.append('>');
		if (!unlinked.isEmpty()) {
			svg.append("<path d=\"").append(unlinked).append("\"/>");
		}
		svg.append(linked).append("</g>");
	}

}
