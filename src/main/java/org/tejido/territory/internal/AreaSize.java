package org.tejido.territory.internal;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The size of an area on the Earth, in square metres, from WGS 84 degrees: the spherical
 * excess of each ring (holes subtracted) on a sphere of the Earth's mean radius, within a
 * fraction of a percent of the ellipsoidal size for a community's land.
 */
public final class AreaSize {

	private static final double EARTH_RADIUS = 6_371_008.8;

	private AreaSize() {
	}

	public static double squareMetres(Geometry geometry) {
		double total = 0;
		for (int i = 0; i < geometry.getNumGeometries(); i++) {
			if (geometry.getGeometryN(i) instanceof Polygon polygon) {
				total += ring(polygon.getExteriorRing().getCoordinates());
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					total -= ring(polygon.getInteriorRingN(h).getCoordinates());
				}
			}
		}
		return total;
	}

	private static double ring(Coordinate[] ring) {
		double sum = 0;
		for (int i = 0; i < ring.length - 1; i++) {
			Coordinate a = ring[i];
			Coordinate b = ring[i + 1];
			sum += Math.toRadians(b.x - a.x) * (2 + Math.sin(Math.toRadians(a.y)) + Math.sin(Math.toRadians(b.y)));
		}
		return Math.abs(sum * EARTH_RADIUS * EARTH_RADIUS / 2);
	}

}
