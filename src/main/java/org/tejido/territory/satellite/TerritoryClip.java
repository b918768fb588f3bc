package org.tejido.territory.satellite;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Keeps the alerts a territory covers. The boundary is in WGS 84 degrees with x the
 * longitude and y the latitude (as GeoJSON has it); an alert on the boundary line is
 * kept, one in a hole of the polygon is not.
 */
public final class TerritoryClip {

	private final PreparedGeometry territory;

	private final Envelope envelope;

	private final GeometryFactory points;

	public TerritoryClip(Geometry boundary) {
		if (boundary.isEmpty() || boundary.getDimension() < 2) {
			throw new IllegalArgumentException("a territory is an area");
		}
		this.territory = PreparedGeometryFactory.prepare(boundary);
		this.envelope = boundary.getEnvelopeInternal();
		this.points = boundary.getFactory();
	}

	/** Whether the territory covers this alert. */
	public boolean covers(SatelliteAlert alert) {
		double x = alert.longitude();
		double y = alert.latitude();
		return this.envelope.covers(x, y) && this.territory.covers(this.points.createPoint(new Coordinate(x, y)));
	}

	/** The alerts the territory covers, in their order. */
	public List<SatelliteAlert> keep(List<SatelliteAlert> alerts) {
		List<SatelliteAlert> kept = new ArrayList<>();
		for (SatelliteAlert alert : alerts) {
			if (covers(alert)) {
				kept.add(alert);
			}
		}
		return kept;
	}

}
