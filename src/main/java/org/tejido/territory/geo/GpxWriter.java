package org.tejido.territory.geo;

import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * GPX 1.1: points as waypoints, lines as tracks (with their times when the feature has
 * one per vertex), polygons as a track of their outer ring, which is noted.
 */
final class GpxWriter {

	private GpxWriter() {
	}

	static List<GeoProblem> write(List<GeoFeature> features, OutputStream out) {
		List<GeoProblem> notes = new ArrayList<>();
		XmlOut xml = new XmlOut(out);
		xml.open("gpx")
			.attribute("xmlns", "http://www.topografix.com/GPX/1/1")
			.attribute("version", "1.1")
			.attribute("creator", "Tejido");
		for (int i = 0; i < features.size(); i++) {
			GeoFeature feature = features.get(i);
			if (hasArea(feature.geometry())) {
				notes.add(new GeoProblem(i + 1, feature.name(), "territory.geo.gpx-outer-ring-only", List.of()));
			}
			feature(xml, feature);
		}
		xml.close().end();
		return notes;
	}

	private static void feature(XmlOut xml, GeoFeature feature) {
		List<Geometry> parts = parts(feature.geometry());
		for (Geometry point : parts.stream().filter(Point.class::isInstance).toList()) {
			xml.open("wpt")
				.attribute("lat", Degrees.of(point.getCoordinate().getY()))
				.attribute("lon", Degrees.of(point.getCoordinate().getX()));
			named(xml, feature);
			xml.close();
		}
		List<Coordinate[]> segments = parts.stream()
			.filter((part) -> !(part instanceof Point))
			.map(GpxWriter::line)
			.toList();
		if (segments.isEmpty()) {
			return;
		}
		xml.open("trk");
		named(xml, feature);
		int vertex = 0;
		boolean timed = feature.times().size() == segments.stream().mapToInt((segment) -> segment.length).sum();
		for (Coordinate[] segment : segments) {
			xml.open("trkseg");
			for (Coordinate at : segment) {
				xml.open("trkpt").attribute("lat", Degrees.of(at.getY())).attribute("lon", Degrees.of(at.getX()));
				if (timed) {
					Instant time = feature.times().get(vertex);
					xml.element("time", time.toString());
				}
				vertex++;
				xml.close();
			}
			xml.close();
		}
		xml.close();
	}

	private static void named(XmlOut xml, GeoFeature feature) {
		if (feature.name() != null) {
			xml.element("name", feature.name());
		}
		if (feature.description() != null) {
			xml.element("desc", feature.description());
		}
	}

	private static Coordinate[] line(Geometry part) {
		if (part instanceof Polygon polygon) {
			return polygon.getExteriorRing().getCoordinates();
		}
		return ((LineString) part).getCoordinates();
	}

	private static boolean hasArea(Geometry geometry) {
		return parts(geometry).stream().anyMatch(Polygon.class::isInstance);
	}

	/** The simple geometries in a geometry, collections flattened. */
	private static List<Geometry> parts(Geometry geometry) {
		List<Geometry> parts = new ArrayList<>();
		for (int i = 0; i < geometry.getNumGeometries(); i++) {
			Geometry part = geometry.getGeometryN(i);
			if (part.getNumGeometries() > 1
					|| part != geometry && part instanceof org.locationtech.jts.geom.GeometryCollection) {
				parts.addAll(parts(part));
			}
			else {
				parts.add(part);
			}
		}
		return parts;
	}

}
