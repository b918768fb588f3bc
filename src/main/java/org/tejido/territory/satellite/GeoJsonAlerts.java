package org.tejido.territory.satellite;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * GFW GeoJSON exports: a FeatureCollection of points whose properties carry the GFW
 * column names. Read feature by feature; the first feature's properties tell the format.
 */
final class GeoJsonAlerts {

	private static final ObjectReader NODES = JsonMapper.builder()
		.build()
		.readerFor(JsonNode.class)
		.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	private final AlertLimits limits;

	private final LocalDate latest;

	private @Nullable AlertRows rows;

	GeoJsonAlerts(AlertLimits limits, LocalDate latest) {
		this.limits = limits;
		this.latest = latest;
	}

	AlertFile read(InputStream in) {
		try (JsonParser parser = NODES.createParser(in)) {
			if (parser.nextToken() != JsonToken.START_OBJECT || !toFeatures(parser)) {
				throw new AlertFileRefused(415, "unknown-format");
			}
			long number = 0;
			for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
				if (token != JsonToken.START_OBJECT) {
					throw new AlertFileRefused(422, "unreadable");
				}
				feature(++number, NODES.readValue(parser));
			}
		}
		catch (JacksonException ex) {
			throw new AlertFileRefused(this.rows == null ? 415 : 422,
					this.rows == null ? "unknown-format" : "unreadable");
		}
		if (this.rows == null) {
			throw new AlertFileRefused(422, "no-usable-row", "0");
		}
		return this.rows.file();
	}

	/** Moves to the start of the top-level "features" array, skipping other members. */
	private static boolean toFeatures(JsonParser parser) {
		for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if ("features".equals(name) && value == JsonToken.START_ARRAY) {
				return true;
			}
			parser.skipChildren();
		}
		return false;
	}

	private void feature(long number, JsonNode feature) {
		JsonNode properties = feature.path("properties");
		JsonNode coordinates = feature.path("geometry").path("coordinates");
		if (this.rows == null) {
			List<String> names = new ArrayList<>(properties.propertyNames());
			names.add(AlertFormat.LATITUDE);
			names.add(AlertFormat.LONGITUDE);
			AlertFormat format = AlertFormat.detect(names);
			if (format == null) {
				throw new AlertFileRefused(415, "unknown-format");
			}
			this.rows = new AlertRows(format, this.limits, this.latest);
		}
		boolean point = "Point".equals(feature.path("geometry").path("type").asString(""));
		this.rows.read(number, column -> switch (column) {
			case AlertFormat.LONGITUDE -> point ? text(coordinates.path(0)) : null;
			case AlertFormat.LATITUDE -> point ? text(coordinates.path(1)) : null;
			default -> text(property(properties, column));
		});
	}

	private static JsonNode property(JsonNode properties, String column) {
		JsonNode exact = properties.path(column);
		if (!exact.isMissingNode()) {
			return exact;
		}
		for (String name : properties.propertyNames()) {
			if (AlertFormat.normal(name).equals(column)) {
				return properties.get(name);
			}
		}
		return exact;
	}

	private static @Nullable String text(JsonNode node) {
		return node.isMissingNode() || node.isNull() ? null : node.isValueNode() ? node.asString() : "";
	}

}
