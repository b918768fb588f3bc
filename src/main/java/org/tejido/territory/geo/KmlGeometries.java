package org.tejido.territory.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.locationtech.jts.geom.Coordinate;

/**
 * The geometry elements of KML, read into shapes; coordinates counted as they stream in.
 */
final class KmlGeometries {

	static final Set<String> NAMES = Set.of("Point", "LineString", "LinearRing", "Polygon", "MultiGeometry");

	private final Collected out;

	KmlGeometries(Collected out) {
		this.out = out;
	}

	/** The geometry whose start element the reader is on, read to its end. */
	Shape read(XMLStreamReader reader, String element) throws XMLStreamException {
		return switch (element) {
			case "Point" -> point(coordinates(reader));
			case "LineString" -> new Shape.Line(coordinates(reader));
			case "LinearRing" -> new Shape.Area(List.of(coordinates(reader)));
			case "Polygon" -> polygon(reader);
			default -> many(reader);
		};
	}

	private static Shape point(List<Coordinate> coordinates) {
		if (coordinates.size() != 1) {
			throw new FeatureProblem("territory.geo.point-needs-one", coordinates.size());
		}
		return new Shape.Point(coordinates.get(0));
	}

	private Shape polygon(XMLStreamReader reader) throws XMLStreamException {
		List<Coordinate> outer = null;
		List<List<Coordinate>> inner = new ArrayList<>();
		while (XmlWalk.nextChild(reader)) {
			String boundary = reader.getLocalName();
			if (!"outerBoundaryIs".equals(boundary) && !"innerBoundaryIs".equals(boundary)) {
				XmlWalk.skip(reader);
				continue;
			}
			while (XmlWalk.nextChild(reader)) {
				if (!"LinearRing".equals(reader.getLocalName())) {
					XmlWalk.skip(reader);
				}
				else if ("outerBoundaryIs".equals(boundary)) {
					outer = coordinates(reader);
				}
				else {
					inner.add(coordinates(reader));
				}
			}
		}
		List<List<Coordinate>> rings = new ArrayList<>();
		rings.add((outer != null) ? outer : List.of());
		rings.addAll(inner);
		return new Shape.Area(rings);
	}

	private Shape many(XMLStreamReader reader) throws XMLStreamException {
		List<Shape> parts = new ArrayList<>();
		while (XmlWalk.nextChild(reader)) {
			String element = reader.getLocalName();
			if (NAMES.contains(element)) {
				parts.add(read(reader, element));
			}
			else {
				XmlWalk.skip(reader);
			}
		}
		return new Shape.Many(parts);
	}

	/** The coordinates of the current geometry element, which is read to its end. */
	private List<Coordinate> coordinates(XMLStreamReader reader) throws XMLStreamException {
		List<Coordinate> found = List.of();
		while (XmlWalk.nextChild(reader)) {
			if ("coordinates".equals(reader.getLocalName())) {
				found = coordinateText(reader);
			}
			else {
				XmlWalk.skip(reader);
			}
		}
		return found;
	}

	private List<Coordinate> coordinateText(XMLStreamReader reader) throws XMLStreamException {
		CoordinateText text = new CoordinateText(this.out);
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				return text.finish();
			}
			if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE) {
				text.feed(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				XmlWalk.skip(reader);
			}
		}
		return text.finish();
	}

}
