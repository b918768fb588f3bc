package org.tejido.territory.satellite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/** Builds an event from its alerts. */
final class Events {

	private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	private static final Comparator<SatelliteAlert> ORDER = Comparator.comparing(SatelliteAlert::date)
		.thenComparing(SatelliteAlert::time, Comparator.nullsFirst(Comparator.<LocalTime>naturalOrder()))
		.thenComparingDouble(SatelliteAlert::latitude)
		.thenComparingDouble(SatelliteAlert::longitude)
		.thenComparing(SatelliteAlert::canonical);

	private Events() {
	}

	static AlertEvent of(AlertFamily family, List<SatelliteAlert> group) {
		List<SatelliteAlert> alerts = group.stream().sorted(ORDER).toList();
		Set<AlertSource> sources = EnumSet.noneOf(AlertSource.class);
		Confidence highest = Confidence.LOW;
		double south = 90, west = 180, north = -90, east = -180, latitudes = 0, longitudes = 0, frp = 0;
		boolean anyFrp = false;
		Coordinate[] points = new Coordinate[alerts.size()];
		for (int i = 0; i < alerts.size(); i++) {
			SatelliteAlert alert = alerts.get(i);
			sources.add(alert.source());
			highest = alert.confidence().compareTo(highest) > 0 ? alert.confidence() : highest;
			south = Math.min(south, alert.latitude());
			north = Math.max(north, alert.latitude());
			west = Math.min(west, alert.longitude());
			east = Math.max(east, alert.longitude());
			latitudes += alert.latitude();
			longitudes += alert.longitude();
			if (alert.frp() != null) {
				frp += alert.frp();
				anyFrp = true;
			}
			points[i] = new Coordinate(alert.longitude(), alert.latitude());
		}
		Geometry hull = WGS84.createMultiPointFromCoords(points).convexHull();
		return new AlertEvent(id(family, alerts), family, List.copyOf(sources), alerts.size(), alerts.getFirst().date(),
				alerts.getLast().date(), latitudes / alerts.size(), longitudes / alerts.size(),
				new BoundingBox(south, west, north, east), hull, highest,
				family == AlertFamily.FIRE && anyFrp ? frp : null, alerts);
	}

	/**
	 * SHA-256 over the family and the alerts' canonical texts in a fixed order, cut to
	 * 128 bits.
	 */
	static String id(AlertFamily family, List<SatelliteAlert> alerts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(family.name().getBytes(StandardCharsets.UTF_8));
			alerts.stream().map(SatelliteAlert::canonical).sorted().forEach(text -> {
				digest.update((byte) '\n');
				digest.update(text.getBytes(StandardCharsets.UTF_8));
			});
			byte[] hash = digest.digest();
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
