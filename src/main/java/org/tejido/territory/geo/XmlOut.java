package org.tejido.territory.geo;

import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** An XML writer that throws unchecked, for the KML and GPX writers. */
final class XmlOut {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

	private final XMLStreamWriter xml;

	XmlOut(OutputStream out) {
		try {
			this.xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			this.xml.writeStartDocument("UTF-8", "1.0");
			this.xml.writeCharacters("\n");
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	XmlOut open(String element) {
		return call(() -> this.xml.writeStartElement(element));
	}

	XmlOut attribute(String name, String value) {
		return call(() -> this.xml.writeAttribute(name, value));
	}

	XmlOut text(String text) {
		return call(() -> this.xml.writeCharacters(text));
	}

	XmlOut close() {
		return call(() -> {
			this.xml.writeEndElement();
			this.xml.writeCharacters("\n");
		});
	}

	/** An element with only text in it. */
	XmlOut element(String element, String text) {
		return open(element).text(text).call(this.xml::writeEndElement);
	}

	void end() {
		call(() -> {
			this.xml.writeEndDocument();
			this.xml.flush();
		});
	}

	private XmlOut call(Step step) {
		try {
			step.run();
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	private interface Step {

		void run() throws XMLStreamException;

	}

}
