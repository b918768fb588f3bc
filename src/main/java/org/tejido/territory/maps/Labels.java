package org.tejido.territory.maps;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The labels a map can afford: each shortened to {@link #MAX_CHARACTERS}, none over
 * another, and no more than {@link #BUDGET} characters in all. The rest are only in the
 * text list beside the map, which has every label anyway.
 */
final class Labels {

	static final int BUDGET = 600;

	static final int MAX_CHARACTERS = 24;

	private static final int FONT_SIZE = 12;

	/** A generous average advance of a character, in pixels, at {@link #FONT_SIZE}. */
	private static final double CHARACTER_WIDTH = 7;

	private static final int GAP = 7;

	private final int width;

	private final int height;

	private final List<Envelope> taken = new ArrayList<>();

	private final StringBuilder out = new StringBuilder();

	private int spent;

	Labels(int width, int height) {
		this.width = width;
		this.height = height;
	}

	void offer(String label, Coordinate at) {
		String text = shortened(label.strip());
		int length = text.codePointCount(0, text.length());
		if (this.spent + length > BUDGET) {
			return;
		}
		double textWidth = length * CHARACTER_WIDTH;
		boolean before = at.x + GAP + textWidth > this.width;
		double left = before ? at.x - GAP - textWidth : at.x + GAP;
		long baseline = Math.round(at.y + FONT_SIZE / 3.0);
		Envelope box = new Envelope(left, left + textWidth, baseline - FONT_SIZE, baseline + 3);
		if (left < 0 || baseline - FONT_SIZE < 0 || baseline > this.height
				|| this.taken.stream().anyMatch(box::intersects)) {
			return;
		}
		this.taken.add(box);
		this.spent += length;
		this.out.append("<text x=\"").append(Math.round(before ? at.x - GAP : left)).append("\" y=\"").append(baseline);
		if (before) {
			this.out.append("\" text-anchor=\"end");
		}
		this.out.append("\">").append(Xml.escape(text)).append("</text>");
	}

	String svg() {
		if (this.out.isEmpty()) {
			return "";
		}
		return "<g aria-hidden=\"true\" font-size=\"" + FONT_SIZE
				+ "\" fill=\"#1b1b1b\" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">"
				+ this.out + "</g>";
	}

	private static String shortened(String label) {
		if (label.codePointCount(0, label.length()) <= MAX_CHARACTERS) {
			return label;
		}
		int end = label.offsetByCodePoints(0, MAX_CHARACTERS - 1);
		return label.substring(0, end).strip() + "…";
	}

}
