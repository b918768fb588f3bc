package org.tejido.territory.internal;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

import org.tejido.collectives.Sealed;

/**
 * A geometry as it is kept: WKT with coordinates rounded to 6 decimals (about 11 cm),
 * sealed with the collective's key under a field name ({@code territory_place.geometry},
 * {@code territory_area.geometry}).
 */
public final class SealedGeometry {

	public static final String PLACE = "territory_place.geometry";

	public static final String AREA = "territory_area.geometry";

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private SealedGeometry() {
	}

	public static byte[] seal(Sealed sealing, String field, Geometry geometry) {
		byte[] sealed = sealing.seal(field, wkt(geometry));
		if (sealed == null) {
			throw new Invalid("territory.geometry.empty");
		}
		return sealed;
	}

	public static Geometry open(Sealed sealing, String field, byte @Nullable [] sealed) {
		String wkt = sealing.open(field, sealed);
		if (wkt.isEmpty()) {
			return FACTORY.createGeometryCollection();
		}
		try {
			return new WKTReader(FACTORY).read(wkt);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("a kept geometry is not WKT", ex);
		}
	}

	/** The geometry as WKT, its coordinates rounded to 6 decimals. */
	public static String wkt(Geometry geometry) {
		Geometry rounded = geometry.copy();
		rounded.apply(new Rounding());
		return new WKTWriter().write(rounded);
	}

	private static final class Rounding implements CoordinateSequenceFilter {

		@Override
		public void filter(CoordinateSequence sequence, int i) {
			sequence.setOrdinate(i, 0, CoordinateText.rounded(sequence.getX(i)));
			sequence.setOrdinate(i, 1, CoordinateText.rounded(sequence.getY(i)));
		}

		@Override
		public boolean isDone() {
			return false;
		}

		@Override
		public boolean isGeometryChanged() {
			return true;
		}

	}

}
