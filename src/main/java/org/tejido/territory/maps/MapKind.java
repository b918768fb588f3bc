package org.tejido.territory.maps;

import java.util.Locale;

/**
 * What a feature of a map is, which decides how it is drawn: presentation attributes
 * only, as the site's Content-Security-Policy allows no inline style. Kinds are drawn in
 * this order (areas under lines under points). Points are zero-length strokes with round
 * or square caps, so shape tells kinds apart as well as colour.
 */
public enum MapKind {

	/** The territory's boundary (polygonal). */
	BOUNDARY(Shape.AREA, "fill=\"#e9f0dc\" stroke=\"#4d6b2a\" stroke-width=\"2\""),

	/** A place that is an area (polygonal). */
	PLACE_AREA(Shape.AREA, "fill=\"#c9dca8\" stroke=\"#5b7a34\""),

	/** Where satellite alerts fell, as a group to check on the ground (polygonal). */
	ALERT_AREA(Shape.AREA, "fill=\"#f6d3cf\" stroke=\"#c00\""),

	/** A river (lineal). */
	RIVER(Shape.LINE, "fill=\"none\" stroke=\"#3d7fc1\" stroke-width=\"2\""),

	/** A road or track (lineal). */
	ROAD(Shape.LINE, "fill=\"none\" stroke=\"#8a6d4b\" stroke-width=\"1.5\""),

	/** A place that is a line, such as a path or a fence (lineal). */
	PLACE_LINE(Shape.LINE, "fill=\"none\" stroke=\"#5b7a34\" stroke-width=\"2\""),

	/** A patrol's route (lineal). */
	PATROL(Shape.LINE, "fill=\"none\" stroke=\"#6a1b9a\" stroke-width=\"2\" stroke-dasharray=\"6 3\""),

	/** A place shown as a point: a round dot. */
	PLACE(Shape.POINT, "stroke=\"#7a3b12\" stroke-width=\"9\" stroke-linecap=\"round\""),

	/** An observation made in the field: a small square. */
	OBSERVATION(Shape.POINT, "stroke=\"#0b4f8a\" stroke-width=\"7\" stroke-linecap=\"square\""),

	/** A satellite alert (deforestation, fire): a large square. */
	ALERT(Shape.POINT, "stroke=\"#c00\" stroke-width=\"11\" stroke-linecap=\"square\"");

	enum Shape {

		AREA, LINE, POINT

	}

	private final Shape shape;

	private final String attributes;

	MapKind(Shape shape, String attributes) {
		this.shape = shape;
		this.attributes = attributes;
	}

	Shape shape() {
		return this.shape;
	}

	String attributes() {
		return this.attributes;
	}

	/**
	 * The key of this kind's name in the territory bundle, e.g.
	 * {@code territory.map.kind.patrol}.
	 */
	public String messageKey() {
		return "territory.map.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
