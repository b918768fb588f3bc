package org.tejido.territory.geo;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;

/** KML 2.2: every Placemark, however deep in Documents and Folders. */
final class KmlReader {

	private static final Set<String> GEOMETRIES = Set.of("Point", "LineString", "LinearRing", "Polygon",
			"MultiGeometry");

	private final Collected out;

	KmlReader(Collected out) {
		this.out = out;
	}

	void read(InputStream in, GeoFormat format) {
		XMLStreamReader reader = SafeXml.open(in, format);
		try {
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT && "Placemark".equals(reader.getLocalName())) {
					placemark(reader);
				}
			}
		}
		catch (XMLStreamException ex) {
			throw SafeXml.unreadable(format, ex);
		}
	}

	private void placemark(XMLStreamReader reader) throws XMLStreamException {
		this.out.begin();
		String name = null;
		String description = null;
		Map<String, String> data = new LinkedHashMap<>();
		List<Shape> shapes = new ArrayList<>();
		try {
			while (XmlWalk.nextChild(reader)) {
				String element = reader.getLocalName();
				if ("name".equals(element)) {
					name = XmlWalk.text(reader);
				}
				else if ("description".equals(element)) {
					description = XmlWalk.text(reader);
				}
				else if ("ExtendedData".equals(element)) {
					extendedData(reader, data);
				}
				else if (GEOMETRIES.contains(element)) {
					shapes.add(geometry(reader, element));
				}
				else {
					XmlWalk.skip(reader);
				}
			}
		}
		catch (FeatureProblem problem) {
			skipToEnd(reader);
			this.out.problem(name, problem);
			return;
		}
		Shape shape = shapes.isEmpty() ? null : (shapes.size() == 1) ? shapes.get(0) : new Shape.Many(shapes);
		this.out.feature(name, description, shape, data, List.of());
	}

	private static void skipToEnd(XMLStreamReader reader) throws XMLStreamException {
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.END_ELEMENT && "Placemark".equals(reader.getLocalName())) {
				return;
			}
		}
	}

	private static void extendedData(XMLStreamReader reader, Map<String, String> data) throws XMLStreamException {
		while (XmlWalk.nextChild(reader)) {
			String element = reader.getLocalName();
			if ("Data".equals(element)) {
				String key = reader.getAttributeValue(null, "name");
				String value = null;
				while (XmlWalk.nextChild(reader)) {
					if ("value".equals(reader.getLocalName())) {
						value = XmlWalk.text(reader);
					}
					else {
						XmlWalk.skip(reader);
					}
				}
				put(data, key, value);
			}
			else if ("SchemaData".equals(element)) {
				while (XmlWalk.nextChild(reader)) {
					String key = reader.getAttributeValue(null, "name");
					put(data, key, XmlWalk.text(reader));
				}
			}
			else {
				XmlWalk.skip(reader);
			}
		}
	}

	private static void put(Map<String, String> data, @Nullable String key, @Nullable String value) {
		if (key != null && value != null && data.size() < 200) {
			data.put(key, value);
		}
	}

	private Shape geometry(XMLStreamReader reader, String element) throws XMLStreamException {
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
			if (GEOMETRIES.contains(element)) {
				parts.add(geometry(reader, element));
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
