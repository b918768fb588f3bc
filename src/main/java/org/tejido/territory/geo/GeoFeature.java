package org.tejido.territory.geo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a geographic file.
 *
 * @param name its name, if it has one
 * @param description its description, if it has one
 * @param geometry in WGS 84, x the longitude and y the latitude
 * @param properties its other string properties (GeoJSON properties, KML ExtendedData)
 * @param times for a GPX track or route, the time of each vertex in order; empty when the
 * file gives none (or not one for every vertex)
 */
public record GeoFeature(@Nullable String name, @Nullable String description, Geometry geometry,
		Map<String, String> properties, List<Instant> times) {

	public GeoFeature {
		properties = Map.copyOf(properties);
		times = List.copyOf(times);
	}

	/** A feature with just a name and a geometry. */
	public static GeoFeature of(@Nullable String name, Geometry geometry) {
		return new GeoFeature(name, null, geometry, Map.of(), List.of());
	}

}
