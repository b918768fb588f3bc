package org.tejido.territory.geo;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/** KML 2.2: every Placemark, however deep in Documents and Folders. */
final class KmlReader {

	private final Collected out;

	private final KmlGeometries geometries;

	KmlReader(Collected out) {
		this.out = out;
		this.geometries = new KmlGeometries(out);
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
				else if (KmlGeometries.NAMES.contains(element)) {
					shapes.add(this.geometries.read(reader, element));
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

}
