package org.tejido.library;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an OPDS 1.2 acquisition feed must hold to be read: well-formed Atom with the
 * feed's and each entry's id, title and updated, and links to get each entry.
 */
final class OpdsChecks {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	private OpdsChecks() {
	}

	static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	static void assertAcquisitionFeed(Document feed) {
		Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		for (String required : new String[] { "id", "title", "updated", "author" }) {
			assertThat(children(root, required)).as(required).isPositive();
		}
		assertThat(rels(root)).contains("self", "start");
		NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
		assertThat(entries.getLength()).isPositive();
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			for (String required : new String[] { "id", "title", "updated" }) {
				assertThat(children(entry, required)).as(required).isEqualTo(1);
			}
			assertThat(text(entry, "id")).startsWith("urn:uuid:");
			assertThat(text(entry, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
			assertThat(rels(entry)).anyMatch((rel) -> rel.startsWith("http://opds-spec.org/acquisition"));
			assertThat(entry.getElementsByTagNameNS("http://purl.org/dc/terms/", "language").getLength()).isPositive();
		}
	}

	static String text(Element parent, String name) {
		return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
	}

	private static int children(Element parent, String name) {
		int count = 0;
		for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				count++;
			}
		}
		return count;
	}

	private static java.util.List<String> rels(Element parent) {
		java.util.List<String> rels = new java.util.ArrayList<>();
		for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && "link".equals(element.getLocalName())) {
				rels.add(element.getAttribute("rel"));
			}
		}
		return rels;
	}

}
