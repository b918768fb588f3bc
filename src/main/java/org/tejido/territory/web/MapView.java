package org.tejido.territory.web;

/**
 * A map as a page writes it: the inline {@code <svg>} and its legend, both already
 * escaped HTML; empty when there is nothing to draw.
 */
public record MapView(String svg, String legend) {

	static final MapView NOTHING = new MapView("", "");

	public boolean isEmpty() {
		return this.svg.isEmpty();
	}

}
