package org.tejido.territory.geo;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * GeoJSON (RFC 7946): a FeatureCollection, a Feature or a bare geometry, read as a stream
 * of tokens so that vertices are counted as they come and features are kept one at a
 * time.
 */
final class GeoJsonReader {

	private static final JsonFactory JSON = JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

	private final Collected out;

	private @Nullable JsonParser parser;

	GeoJsonReader(Collected out) {
		this.out = out;
	}

	void read(InputStream in) {
		try (JsonParser json = JSON.createParser(ObjectReadContext.empty(), in)) {
			this.parser = json;
			if (json.nextToken() != JsonToken.START_OBJECT) {
				throw new GeoFileRefused(415, "territory.geo.not-geo");
			}
			GeoJsonParts top = object(true);
			if ("FeatureCollection".equals(top.type)) {
				return;
			}
			if (top.type == null) {
				throw new GeoFileRefused(415, "territory.geo.not-geo");
			}
			keep("Feature".equals(top.type) ? top : feature(top));
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			throw Unreadable.at(GeoFormat.GEOJSON, line);
		}
	}

	private static GeoJsonParts feature(GeoJsonParts geometry) {
		GeoJsonParts feature = new GeoJsonParts();
		feature.type = "Feature";
		feature.geometry = geometry;
		return feature;
	}

	private GeoJsonParts object(boolean top) {
		JsonParser json = parser();
		GeoJsonParts parts = new GeoJsonParts();
		while (json.nextToken() == JsonToken.PROPERTY_NAME) {
			String member = json.currentName();
			JsonToken value = json.nextToken();
			switch (member) {
				case "type" -> parts.type = (value == JsonToken.VALUE_STRING) ? json.getString() : null;
				case "coordinates" -> parts.coordinates = coordinates(value);
				case "geometries" -> geometries(value, parts);
				case "geometry" -> parts.geometry = (value == JsonToken.START_OBJECT) ? object(false) : skipped();
				case "properties" -> properties(value, parts.properties);
				case "features" -> {
					if (top && value == JsonToken.START_ARRAY) {
						features();
					}
					else {
						json.skipChildren();
					}
				}
				default -> json.skipChildren();
			}
		}
		return parts;
	}

	private @Nullable GeoJsonParts skipped() {
		parser().skipChildren();
		return null;
	}

	private void features() {
		JsonParser json = parser();
		while (json.nextToken() == JsonToken.START_OBJECT) {
			this.out.begin();
			keep(object(false));
		}
	}

	private void geometries(JsonToken value, GeoJsonParts parts) {
		if (value != JsonToken.START_ARRAY) {
			parser().skipChildren();
			return;
		}
		while (parser().nextToken() == JsonToken.START_OBJECT) {
			parts.geometries.add(object(false));
		}
	}

	private void properties(JsonToken value, Map<String, String> properties) {
		JsonParser json = parser();
		if (value != JsonToken.START_OBJECT) {
			json.skipChildren();
			return;
		}
		while (json.nextToken() == JsonToken.PROPERTY_NAME) {
			String key = json.currentName();
			JsonToken token = json.nextToken();
			if (token.isScalarValue() && token != JsonToken.VALUE_NULL && properties.size() < 200) {
				properties.put(key, json.getString());
			}
			else {
				json.skipChildren();
			}
		}
	}

	/** A position as a Coordinate, a list of them (or of lists) as a List. */
	private @Nullable Object coordinates(JsonToken value) {
		JsonParser json = parser();
		if (value != JsonToken.START_ARRAY) {
			json.skipChildren();
			return null;
		}
		JsonToken first = json.nextToken();
		if (first == JsonToken.START_ARRAY) {
			List<Object> list = new ArrayList<>();
			for (JsonToken token = first; token != JsonToken.END_ARRAY; token = json.nextToken()) {
				list.add(coordinates(token));
			}
			return list;
		}
		if (first == JsonToken.END_ARRAY) {
			return List.of();
		}
		return position(first);
	}

	private Coordinate position(JsonToken first) {
		JsonParser json = parser();
		double[] values = { Double.NaN, Double.NaN };
		int index = 0;
		for (JsonToken token = first; token != JsonToken.END_ARRAY; token = json.nextToken()) {
			if (index < 2) {
				values[index] = token.isNumeric() ? json.getDoubleValue() : Double.NaN;
			}
			json.skipChildren();
			index++;
		}
		this.out.vertex();
		return new Coordinate(values[0], values[1]);
	}

	private void keep(GeoJsonParts feature) {
		Map<String, String> properties = feature.properties;
		String name = properties.getOrDefault("name", properties.get("title"));
		try {
			Shape shape = (feature.geometry != null) ? GeoJsonShapes.shape(feature.geometry) : null;
			this.out.feature(name, properties.get("description"), shape, properties, List.of());
		}
		catch (FeatureProblem problem) {
			this.out.problem(name, problem);
		}
	}

	private JsonParser parser() {
		if (this.parser == null) {
			throw new IllegalStateException("not reading");
		}
		return this.parser;
	}

}
