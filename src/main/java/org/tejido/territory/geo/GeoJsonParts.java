package org.tejido.territory.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The members of one GeoJSON object that matter, whatever order they came in. */
final class GeoJsonParts {

	@Nullable String type;

	/** A Coordinate for a position, a List for an array of positions or of arrays. */
	@Nullable Object coordinates;

	final List<GeoJsonParts> geometries = new ArrayList<>();

	@Nullable GeoJsonParts geometry;

	final Map<String, String> properties = new LinkedHashMap<>();

}
