package org.tejido.territory.maps;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Equirectangular projection scaled by the cosine of the middle latitude, fitted to the
 * envelope of everything drawn with a margin and centred: over a territory's few dozen
 * kilometres it is as true as Web Mercator and is a single affine transformation.
 */
final class Projection {

	/** About 550 m: the least span shown, so a single point gets a sensible scale. */
	static final double MIN_SPAN_DEGREES = 0.005;

	private final AffineTransformation transformation;

	private final double pixelsPerDegree;

	private Projection(AffineTransformation transformation, double pixelsPerDegree) {
		this.transformation = transformation;
		this.pixelsPerDegree = pixelsPerDegree;
	}

	static Projection fitting(Envelope lonLat, int width, int height, int margin) {
		double centreLon = lonLat.centre().x;
		double centreLat = lonLat.centre().y;
		double cos = Math.cos(Math.toRadians(centreLat));
		double spanX = Math.max(lonLat.getWidth() * cos, MIN_SPAN_DEGREES);
		double spanY = Math.max(lonLat.getHeight(), MIN_SPAN_DEGREES);
		double scale = Math.min((width - 2.0 * margin) / spanX, (height - 2.0 * margin) / spanY);
		AffineTransformation transformation = new AffineTransformation(cos * scale, 0,
				width / 2.0 - centreLon * cos * scale, 0, -scale, height / 2.0 + centreLat * scale);
		return new Projection(transformation, scale);
	}

	Geometry project(Geometry lonLat) {
		return this.transformation.transform(lonLat);
	}

	/** Degrees of latitude per output pixel: the size of one pixel in map units. */
	double degreesPerPixel() {
		return 1 / this.pixelsPerDegree;
	}

}
