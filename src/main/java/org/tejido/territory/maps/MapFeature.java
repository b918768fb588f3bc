package org.tejido.territory.maps;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.tejido.territory.PlaceSensitivity;

/**
 * One thing to draw on a map.
 *
 * @param geometry in WGS 84 with x the longitude and y the latitude: polygonal for area
 * kinds, lineal for line kinds, anything for point kinds (a non-point is drawn at its
 * interior point)
 * @param kind how it is drawn
 * @param shownTo who may see it: the map drops it for anyone else, a second guard behind
 * the caller's own filtering
 * @param label a short text, user-written (it is escaped), or null
 * @param href where the feature links to (a page of this site), or null
 */
public record MapFeature(Geometry geometry, MapKind kind, PlaceSensitivity shownTo, @Nullable String label,
		@Nullable String href) {

	public MapFeature {
		if (kind.shape() == MapKind.Shape.AREA && !(geometry instanceof Polygonal)) {
			throw new IllegalArgumentException(kind + " needs a polygon or multipolygon");
		}
		if (kind.shape() == MapKind.Shape.LINE && !(geometry instanceof Lineal)) {
			throw new IllegalArgumentException(kind + " needs a line string or multiline string");
		}
		if (label != null && label.isBlank()) {
			label = null;
		}
	}

	/** A feature without label or link. */
	public static MapFeature of(MapKind kind, Geometry geometry, PlaceSensitivity shownTo) {
		return new MapFeature(geometry, kind, shownTo, null, null);
	}

	public MapFeature labelled(@Nullable String text) {
		return new MapFeature(this.geometry, this.kind, this.shownTo, text, this.href);
	}

	public MapFeature linkingTo(@Nullable String target) {
		return new MapFeature(this.geometry, this.kind, this.shownTo, this.label, target);
	}

}
