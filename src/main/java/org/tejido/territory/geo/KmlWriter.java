package org.tejido.territory.geo;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** A KML 2.2 Document of Placemarks, each with its name, description and ExtendedData. */
final class KmlWriter {

	private KmlWriter() {
	}

	static List<GeoProblem> write(List<GeoFeature> features, OutputStream out) {
		XmlOut xml = new XmlOut(out);
		xml.open("kml").attribute("xmlns", "http://www.opengis.net/kml/2.2").open("Document");
		for (GeoFeature feature : features) {
			xml.open("Placemark");
			if (feature.name() != null) {
				xml.element("name", feature.name());
			}
			if (feature.description() != null) {
				xml.element("description", feature.description());
			}
			extendedData(xml, feature.properties());
			geometry(xml, feature.geometry());
			xml.close();
		}
		xml.close().close().end();
		return List.of();
	}

	private static void extendedData(XmlOut xml, Map<String, String> properties) {
		if (properties.isEmpty()) {
			return;
		}
		xml.open("ExtendedData");
		properties.forEach((key, value) -> xml.open("Data").attribute("name", key).element("value", value).close());
		xml.close();
	}

	private static void geometry(XmlOut xml, Geometry geometry) {
		switch (geometry) {
			case Point point -> xml.open("Point").element("coordinates", text(point.getCoordinates())).close();
			case LineString line -> xml.open("LineString").element("coordinates", text(line.getCoordinates())).close();
			case Polygon polygon -> polygon(xml, polygon);
			default -> {
				xml.open("MultiGeometry");
				for (int i = 0; i < geometry.getNumGeometries(); i++) {
					geometry(xml, geometry.getGeometryN(i));
				}
				xml.close();
			}
		}
	}

	private static void polygon(XmlOut xml, Polygon polygon) {
		xml.open("Polygon").open("outerBoundaryIs");
		ring(xml, polygon.getExteriorRing());
		xml.close();
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			xml.open("innerBoundaryIs");
			ring(xml, polygon.getInteriorRingN(i));
			xml.close();
		}
		xml.close();
	}

	private static void ring(XmlOut xml, LineString ring) {
		xml.open("LinearRing").element("coordinates", text(ring.getCoordinates())).close();
	}

	private static String text(Coordinate[] coordinates) {
		StringBuilder text = new StringBuilder();
		for (Coordinate coordinate : coordinates) {
			if (!text.isEmpty()) {
				text.append(' ');
			}
			text.append(Degrees.pair(coordinate));
		}
		return text.toString();
	}

}
