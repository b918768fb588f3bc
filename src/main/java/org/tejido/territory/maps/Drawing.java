package org.tejido.territory.maps;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A feature projected and reduced to its path data, ready to be written with or without
 * its link and label.
 */
record Drawing(MapKind kind, String path, @Nullable String href, @Nullable String label, Coordinate anchor) {

	static Drawing of(MapFeature feature, Projection projection) {
		Geometry projected = projection.project(feature.geometry());
		PathData path = new PathData();
		MapKind kind = feature.kind();
		if (kind.shape() != MapKind.Shape.POINT) {
			path.add(Pixels.simplified(projected));
		}
		else if (projected.getDimension() == 0) {
			path.add(projected);
		}
		else {
			path.dot(projected.getInteriorPoint().getCoordinate());
		}
		Coordinate anchor = (projected.getDimension() == 0) ? projected.getCoordinate()
				: projected.getInteriorPoint().getCoordinate();
		return new Drawing(kind, path.text(), feature.href(), feature.label(), anchor);
	}

	boolean linked() {
		return this.href != null && !this.path.isEmpty();
	}

}
