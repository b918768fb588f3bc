package org.tejido.territory.geo;

import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;

/**
 * GPX 1.0 and 1.1: each waypoint a point, each track a line (several segments: a
 * multi-line) with the time of each point when every point has one, each route a line.
 */
final class GpxReader {

	private final Collected out;

	GpxReader(Collected out) {
		this.out = out;
	}

	void read(InputStream in) {
		XMLStreamReader reader = SafeXml.open(in, GeoFormat.GPX);
		try {
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT) {
					switch (reader.getLocalName()) {
						case "wpt" -> feature(reader, "wpt");
						case "trk" -> feature(reader, "trk");
						case "rte" -> feature(reader, "rte");
						default -> {
						}
					}
				}
			}
		}
		catch (XMLStreamException ex) {
			throw SafeXml.unreadable(GeoFormat.GPX, ex);
		}
	}

	/** What one feature gathers while it is read. */
	private static final class Found {

		@Nullable String name;

		@Nullable String description;

		final List<List<Coordinate>> segments = new ArrayList<>();

		final List<@Nullable Instant> times = new ArrayList<>();

		@Nullable FeatureProblem problem;

	}

	private void feature(XMLStreamReader reader, String element) throws XMLStreamException {
		this.out.begin();
		Found found = new Found();
		if ("wpt".equals(element)) {
			found.segments.add(new ArrayList<>(List.of(position(reader, found))));
			pointDetails(reader, found);
		}
		else {
			List<Coordinate> route = new ArrayList<>();
			while (XmlWalk.nextChild(reader)) {
				switch (reader.getLocalName()) {
					case "name" -> found.name = XmlWalk.text(reader);
					case "desc" -> found.description = XmlWalk.text(reader);
					case "trkseg" -> found.segments.add(segment(reader, found));
					case "rtept" -> {
						route.add(position(reader, found));
						pointDetails(reader, found);
					}
					default -> XmlWalk.skip(reader);
				}
			}
			if ("rte".equals(element)) {
				found.segments.add(route);
			}
		}
		if (found.problem != null) {
			this.out.problem(found.name, found.problem);
			return;
		}
		this.out.feature(found.name, found.description, shape(element, found.segments), Map.of(), times(found));
	}

	private List<Coordinate> segment(XMLStreamReader reader, Found found) throws XMLStreamException {
		List<Coordinate> points = new ArrayList<>();
		while (XmlWalk.nextChild(reader)) {
			if ("trkpt".equals(reader.getLocalName())) {
				points.add(position(reader, found));
				pointDetails(reader, found);
			}
			else {
				XmlWalk.skip(reader);
			}
		}
		return points;
	}

	/**
	 * Reads a point's children: its time, and for a waypoint its name and description.
	 */
	private static void pointDetails(XMLStreamReader reader, Found found) throws XMLStreamException {
		Instant time = null;
		boolean waypoint = "wpt".equals(reader.getLocalName());
		while (XmlWalk.nextChild(reader)) {
			switch (reader.getLocalName()) {
				case "time" -> time = time(XmlWalk.text(reader));
				case "name" -> {
					String text = XmlWalk.text(reader);
					if (waypoint) {
						found.name = text;
					}
				}
				case "desc" -> {
					String text = XmlWalk.text(reader);
					if (waypoint) {
						found.description = text;
					}
				}
				default -> XmlWalk.skip(reader);
			}
		}
		found.times.add(time);
	}

	private Coordinate position(XMLStreamReader reader, Found found) {
		this.out.vertex();
		double latitude = number(reader.getAttributeValue(null, "lat"), found);
		double longitude = number(reader.getAttributeValue(null, "lon"), found);
		return new Coordinate(longitude, latitude);
	}

	private static double number(@Nullable String text, Found found) {
		if (text == null || text.isBlank()) {
			return Double.NaN;
		}
		try {
			return Double.parseDouble(text.strip());
		}
		catch (NumberFormatException ex) {
			if (found.problem == null) {
				found.problem = new FeatureProblem("territory.geo.coordinate-unreadable", text);
			}
			return Double.NaN;
		}
	}

	private static @Nullable Instant time(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable Shape shape(String element, List<List<Coordinate>> segments) {
		if ("wpt".equals(element)) {
			return new Shape.Point(segments.get(0).get(0));
		}
		List<List<Coordinate>> drawn = segments.stream().filter((segment) -> !segment.isEmpty()).toList();
		if (drawn.isEmpty()) {
			return null;
		}
		if (drawn.size() == 1) {
			return new Shape.Line(drawn.get(0));
		}
		return new Shape.Many(drawn.stream().<Shape>map(Shape.Line::new).toList());
	}

	/** The times of the points in order, or none unless every point has one. */
	private static List<Instant> times(Found found) {
		if (found.times.isEmpty() || found.times.contains(null)) {
			return List.of();
		}
		return found.times.stream().map(java.util.Objects::requireNonNull).toList();
	}

}
