package org.tejido.territory.geo;

import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX with DTDs and external entities off. A file that declares a DOCTYPE is refused at
 * that point (400), before any entity could be expanded.
 */
final class SafeXml {

	private static final XMLInputFactory FACTORY = factory();

	private SafeXml() {
	}

	static XMLStreamReader open(InputStream in, GeoFormat format) {
		try {
			return new Guarded(FACTORY.createXMLStreamReader(in), format);
		}
		catch (XMLStreamException ex) {
			throw unreadable(format, ex);
		}
	}

	static GeoFileRefused unreadable(GeoFormat format, XMLStreamException ex) {
		// An entity used without a DTD to declare it: what is left of an XXE attempt.
		if (ex.getMessage() != null && ex.getMessage().contains("was referenced, but not declared")) {
			return new GeoFileRefused(400, "territory.geo.doctype");
		}
		int line = (ex.getLocation() != null) ? ex.getLocation().getLineNumber() : 0;
		return Unreadable.at(format, line);
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		return factory;
	}

	/** Refuses DTDs and entity references as they come. */
	private static final class Guarded extends javax.xml.stream.util.StreamReaderDelegate {

		private final GeoFormat format;

		Guarded(XMLStreamReader reader, GeoFormat format) {
			super(reader);
			this.format = format;
		}

		@Override
		public int next() throws XMLStreamException {
			int event;
			try {
				event = super.next();
			}
			catch (XMLStreamException ex) {
				throw unreadable(this.format, ex);
			}
			if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
					|| event == XMLStreamConstants.ENTITY_DECLARATION) {
				throw new GeoFileRefused(400, "territory.geo.doctype");
			}
			return event;
		}

	}

}
