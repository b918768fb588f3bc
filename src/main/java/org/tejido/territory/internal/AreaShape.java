package org.tejido.territory.internal;

import java.time.Instant;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;

/**
 * An area of the territory, opened: its name and geometry (JTS, x longitude, y latitude,
 * WGS 84).
 */
public record AreaShape(UUID id, String name, Geometry geometry, Instant createdAt) {

	public double squareMetres() {
		return AreaSize.squareMetres(this.geometry);
	}

	/** The size in square kilometres, two decimals. */
	public String squareKilometres() {
		return String.format(java.util.Locale.ROOT, "%.2f", squareMetres() / 1_000_000);
	}

	/** The size in hectares, whole. */
	public String hectares() {
		return String.format(java.util.Locale.ROOT, "%.0f", squareMetres() / 10_000);
	}

}
