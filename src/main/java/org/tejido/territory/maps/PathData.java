package org.tejido.territory.maps;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes geometries in whole pixels as the shortest path data: each part starts with an
 * absolute move, then relative moves ({@code l}, or {@code h}/{@code v} when level),
 * separated by a space only where a minus sign does not separate them already. A point is
 * a zero-length segment ({@code h0}) that the stroke's caps make a dot.
 */
final class PathData {

	private final StringBuilder out = new StringBuilder();

	private char command;

	private long x;

	private long y;

	String text() {
		return this.out.toString();
	}

	boolean isEmpty() {
		return this.out.isEmpty();
	}

	void add(Geometry geometry) {
		for (int i = 0; i < geometry.getNumGeometries(); i++) {
			Geometry part = geometry.getGeometryN(i);
			if (part instanceof Polygon polygon) {
				ring(polygon.getExteriorRing());
				for (int r = 0; r < polygon.getNumInteriorRing(); r++) {
					ring(polygon.getInteriorRingN(r));
				}
			}
			else if (part instanceof LineString line) {
				line(line.getCoordinates());
			}
			else if (part instanceof Point point && !point.isEmpty()) {
				dot(point.getCoordinate());
			}
		}
	}

	void dot(Coordinate c) {
		moveTo(Math.round(c.x), Math.round(c.y));
		append('h', 0);
	}

	private void ring(LinearRing ring) {
		if (line(ring.getCoordinates())) {
			this.out.append('z');
			this.command = 'z';
		}
	}

	private boolean line(Coordinate[] coordinates) {
		if (coordinates.length < 2) {
			return false;
		}
		moveTo(Math.round(coordinates[0].x), Math.round(coordinates[0].y));
		for (int i = 1; i < coordinates.length; i++) {
			lineTo(Math.round(coordinates[i].x), Math.round(coordinates[i].y));
		}
		return true;
	}

	private void moveTo(long toX, long toY) {
		this.out.append('M').append(toX);
		number(toY);
		this.command = 'M';
		this.x = toX;
		this.y = toY;
	}

	private void lineTo(long toX, long toY) {
		long dx = toX - this.x;
		long dy = toY - this.y;
		if (dx == 0 && dy == 0) {
			return;
		}
		if (dy == 0) {
			append('h', dx);
		}
		else if (dx == 0) {
			append('v', dy);
		}
		else {
			append('l', dx);
			number(dy);
		}
		this.x = toX;
		this.y = toY;
	}

	private void append(char next, long value) {
		if (next != this.command) {
			this.out.append(next).append(value);
			this.command = next;
			return;
		}
		number(value);
	}

	private void number(long value) {
		if (value >= 0) {
			this.out.append(' ');
		}
		this.out.append(value);
	}

}
