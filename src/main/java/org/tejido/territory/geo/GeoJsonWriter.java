package org.tejido.territory.geo;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/** A GeoJSON FeatureCollection (RFC 7946): longitude first, six decimals. */
final class GeoJsonWriter {

	private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

	private GeoJsonWriter() {
	}

	static List<GeoProblem> write(List<GeoFeature> features, OutputStream out) {
		try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
			json.writeStartObject();
			json.writeStringProperty("type", "FeatureCollection");
			json.writeName("features");
			json.writeStartArray();
			for (GeoFeature feature : features) {
				feature(json, feature);
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		return List.of();
	}

	private static void feature(JsonGenerator json, GeoFeature feature) {
		json.writeStartObject();
		json.writeStringProperty("type", "Feature");
		json.writeName("properties");
		json.writeStartObject();
		if (feature.name() != null) {
			json.writeStringProperty("name", feature.name());
		}
		if (feature.description() != null) {
			json.writeStringProperty("description", feature.description());
		}
		for (Map.Entry<String, String> property : feature.properties().entrySet()) {
			if (!"name".equals(property.getKey()) && !"description".equals(property.getKey())) {
				json.writeStringProperty(property.getKey(), property.getValue());
			}
		}
		json.writeEndObject();
		json.writeName("geometry");
		geometry(json, feature.geometry());
		json.writeEndObject();
	}

	private static void geometry(JsonGenerator json, Geometry geometry) {
		json.writeStartObject();
		json.writeStringProperty("type", geometry.getGeometryType());
		if (geometry instanceof GeometryCollection collection && !(geometry instanceof MultiPoint)
				&& !(geometry instanceof MultiLineString) && !(geometry instanceof MultiPolygon)) {
			json.writeName("geometries");
			json.writeStartArray();
			for (int i = 0; i < collection.getNumGeometries(); i++) {
				geometry(json, collection.getGeometryN(i));
			}
			json.writeEndArray();
		}
		else {
			json.writeName("coordinates");
			coordinates(json, geometry);
		}
		json.writeEndObject();
	}

	private static void coordinates(JsonGenerator json, Geometry geometry) {
		switch (geometry) {
			case Point point -> position(json, point.getCoordinate());
			case LineString line -> positions(json, line.getCoordinates());
			case Polygon polygon -> {
				json.writeStartArray();
				positions(json, polygon.getExteriorRing().getCoordinates());
				for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
					positions(json, polygon.getInteriorRingN(i).getCoordinates());
				}
				json.writeEndArray();
			}
			default -> {
				json.writeStartArray();
				for (int i = 0; i < geometry.getNumGeometries(); i++) {
					coordinates(json, geometry.getGeometryN(i));
				}
				json.writeEndArray();
			}
		}
	}

	private static void positions(JsonGenerator json, Coordinate[] positions) {
		json.writeStartArray();
		for (Coordinate position : positions) {
			position(json, position);
		}
		json.writeEndArray();
	}

	private static void position(JsonGenerator json, Coordinate position) {
		json.writeStartArray();
		json.writeNumber(Degrees.of(position.getX()));
		json.writeNumber(Degrees.of(position.getY()));
		json.writeEndArray();
	}

}
