package org.tejido.territory.internal;

import java.time.Instant;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

import org.tejido.territory.PlaceRef;
import org.tejido.territory.PlaceSensitivity;

/**
 * A place, opened: its fields and its geometry (JTS, x longitude, y latitude, WGS 84).
 */
public record PlaceShape(UUID id, PlaceKind kind, PlaceSensitivity sensitivity, String name, String description,
		Geometry geometry, long version, Instant createdAt, Instant updatedAt) {

	/** A point on the place: itself, or one on its line or inside its area. */
	public Point representativePoint() {
		return this.geometry.getInteriorPoint();
	}

	public PlaceRef ref() {
		Point point = representativePoint();
		return new PlaceRef(this.id, this.name, this.kind.code(), this.sensitivity, point.getY(), point.getX());
	}

	/** "point", "line" or "area". */
	public String shape() {
		return switch (this.geometry.getDimension()) {
			case 0 -> "point";
			case 1 -> "line";
			default -> "area";
		};
	}

}
