package org.tejido.territory.maps;

import java.util.List;
import java.util.Set;

/**
 * A drawn map: the inline {@code <svg>} element (already escaped, to be written raw into
 * the page) with the labelled features and the kinds it shows, for the text legend.
 */
public record SvgMap(String svg, List<MapEntry> entries, Set<MapKind> kinds) {

	private static final SvgMap NOTHING = new SvgMap("", List.of(), Set.of());

	public SvgMap {
		entries = List.copyOf(entries);
		kinds = Set.copyOf(kinds);
	}

	/** The result when no feature is left to draw: show a sentence instead of a map. */
	public static SvgMap nothingToDraw() {
		return NOTHING;
	}

	public boolean isEmpty() {
		return this.svg.isEmpty();
	}

}
