package org.tejido.territory.geo;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Small moves over a StAX reader shared by the KML and GPX readers. */
final class XmlWalk {

	private XmlWalk() {
	}

	/** The next start of an element inside the current one, or false at its end. */
	static boolean nextChild(XMLStreamReader reader) throws XMLStreamException {
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				return true;
			}
			if (event == XMLStreamConstants.END_ELEMENT) {
				return false;
			}
		}
		return false;
	}

	/** The text of the current element; its children, if any, are skipped. */
	static String text(XMLStreamReader reader) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		while (depth > 0 && reader.hasNext()) {
			int event = reader.next();
			switch (event) {
				case XMLStreamConstants.START_ELEMENT -> depth++;
				case XMLStreamConstants.END_ELEMENT -> depth--;
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (depth == 1 && text.length() < 100_000) {
						text.append(reader.getText());
					}
				}
				default -> {
				}
			}
		}
		return text.toString().strip();
	}

	/** Skips to the end of the current element. */
	static void skip(XMLStreamReader reader) throws XMLStreamException {
		int depth = 1;
		while (depth > 0 && reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	static String name(XMLStreamReader reader) {
		return reader.getLocalName();
	}

}
