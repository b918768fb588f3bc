package org.tejido.territory.maps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Envelope;
import org.tejido.collectives.CollectiveRole;

/**
 * A map to draw: its accessible title, its size and its features.
 * <p>
 * <b>Only what the viewer may see goes in.</b> Build the features from lists already
 * filtered for the viewer (such as {@code TerritoryPlaces.visibleTo(membership)}); every
 * feature also states who may see it and {@link #drawFor(CollectiveRole)} drops any the
 * viewer's role may not, so a sensitive place cannot reach a map by a forgotten filter.
 * <p>
 * Drawn as an inline {@code <svg>} with a {@code viewBox} of the given size and a width
 * of 100%: nothing from another host and no script; links are SVG {@code <a>} elements.
 */
public final class TerritoryMap {

	/** The default size of the drawing, in its own pixels (it scales to the page). */
	public static final int WIDTH = 640;

	public static final int HEIGHT = 480;

	/**
	 * The default most the SVG may weigh gzipped, leaving a page of 14,600 bytes room for
	 * its frame, headings and a short list.
	 */
	public static final int BUDGET = 9000;

	private final String title;

	private final int width;

	private final int height;

	private final int budget;

	private final List<MapFeature> features;

	private TerritoryMap(String title, int width, int height, int budget, List<MapFeature> features) {
		this.title = title;
		this.width = width;
		this.height = height;
		this.budget = budget;
		this.features = features;
	}

	/** An empty map of the default size whose accessible name is the title. */
	public static TerritoryMap titled(String title) {
		return new TerritoryMap(title, WIDTH, HEIGHT, BUDGET, List.of());
	}

	public TerritoryMap size(int newWidth, int newHeight) {
		if (newWidth < 100 || newHeight < 100 || newWidth > 4000 || newHeight > 4000) {
			throw new IllegalArgumentException("a map is between 100 and 4000 pixels a side");
		}
		return new TerritoryMap(this.title, newWidth, newHeight, this.budget, this.features);
	}

	/**
	 * Sets the most the SVG may weigh gzipped. When the map would weigh more, links are
	 * dropped from the last feature added backwards (the features stay drawn, and the
	 * {@link MapLegend} still links them), then labels; add the features whose links
	 * matter most first.
	 */
	public TerritoryMap budget(int gzippedBytes) {
		return new TerritoryMap(this.title, this.width, this.height, gzippedBytes, this.features);
	}

	public TerritoryMap with(MapFeature... more) {
		return with(List.of(more));
	}

	public TerritoryMap with(Collection<MapFeature> more) {
		List<MapFeature> all = new ArrayList<>(this.features);
		all.addAll(more);
		return new TerritoryMap(this.title, this.width, this.height, this.budget, List.copyOf(all));
	}

	/**
	 * The map as the viewer may see it, or {@link SvgMap#nothingToDraw()} when none of
	 * its features is left (or all are empty).
	 */
	public SvgMap drawFor(CollectiveRole viewer) {
		List<MapFeature> visible = this.features.stream()
			.filter((feature) -> feature.shownTo().visibleTo(viewer))
			.filter((feature) -> !feature.geometry().isEmpty())
			.toList();
		if (visible.isEmpty()) {
			return SvgMap.nothingToDraw();
		}
		Envelope envelope = new Envelope();
		visible.forEach((feature) -> envelope.expandToInclude(feature.geometry().getEnvelopeInternal()));
		Projection projection = Projection.fitting(envelope, this.width, this.height, SvgWriter.MARGIN);
		List<Drawing> drawings = visible.stream().map((feature) -> Drawing.of(feature, projection)).toList();
		String svg = fitted(new SvgWriter(this.title, this.width, this.height), drawings);
		List<MapEntry> entries = visible.stream()
			.filter((feature) -> feature.label() != null)
			.map((feature) -> new MapEntry(feature.kind(), feature.label(), feature.href()))
			.toList();
		return new SvgMap(svg, entries, visible.stream().map(MapFeature::kind).collect(Collectors.toSet()));
	}

	/** The map with as many links as the budget affords (found by halving). */
	private String fitted(SvgWriter writer, List<Drawing> drawings) {
		int linkable = (int) drawings.stream().filter(Drawing::linked).count();
		String all = writer.write(drawings, linkable, true);
		if (Gzip.size(all) <= this.budget) {
			return all;
		}
		String best = null;
		int low = 0;
		int high = linkable - 1;
		while (low <= high) {
			int links = (low + high) >>> 1;
			String svg = writer.write(drawings, links, true);
			if (Gzip.size(svg) <= this.budget) {
				best = svg;
				low = links + 1;
			}
			else {
				high = links - 1;
			}
		}
		return (best != null) ? best : writer.write(drawings, 0, false);
	}

}
