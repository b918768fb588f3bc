package org.tejido.network.graph;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The map as GraphML or GEXF 1.3, the files Gephi opens, with every attribute (kind,
 * level, stance, influence, visibility, notes; relation type, weight, visibility); and
 * either read back with a parser that refuses any DOCTYPE, so no entity is ever expanded
 * and nothing is read from disk or the network.
 */
public final class GraphXml {

	private static final List<String> NODE_ATTRIBUTES = List.of("kind", "level", "stance", "influence", "visibility",
			"notes");

	private static final List<String> EDGE_ATTRIBUTES = List.of("type", "visibility");

	private static final XMLInputFactory FACTORY = factory();

	private GraphXml() {
	}

	public static byte[] graphMl(ActorGraph map) {
		StringBuilder xml = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
		xml.append("<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
		for (String name : NODE_ATTRIBUTES) {
			xml.append("<key id=\"n_").append(name).append("\" for=\"node\" attr.name=\"").append(name);
			xml.append("\" attr.type=\"").append(name.equals("influence") ? "int" : "string").append("\"/>\n");
		}
		for (String name : EDGE_ATTRIBUTES) {
			xml.append("<key id=\"e_").append(name).append("\" for=\"edge\" attr.name=\"").append(name);
			xml.append("\" attr.type=\"string\"/>\n");
		}
		xml.append("<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n");
		xml.append("<graph id=\"map\" edgedefault=\"directed\">\n");
		for (Node node : map.nodes()) {
			xml.append("<node id=\"").append(Xml.escape(node.id())).append("\">");
			data(xml, "label", node.label());
			nodeValues(node).forEach((name, value) -> data(xml, "n_" + name, value));
			xml.append("</node>\n");
		}
		for (Edge edge : map.edges()) {
			xml.append("<edge id=\"").append(Xml.escape(edge.id())).append("\" source=\"");
			xml.append(Xml.escape(edge.source()))
				.append("\" target=\"")
				.append(Xml.escape(edge.target()))
				.append("\">");
			data(xml, "e_type", edge.type().code());
			data(xml, "e_visibility", Attributes.visibility(edge.hidden()));
			data(xml, "weight", String.valueOf(edge.strength()));
			xml.append("</edge>\n");
		}
		return xml.append("</graph>\n</graphml>\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] gexf(ActorGraph map) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
				+ "<graph defaultedgetype=\"directed\" mode=\"static\">\n<attributes class=\"node\">\n");
		for (String name : NODE_ATTRIBUTES) {
			xml.append("<attribute id=\"").append(name).append("\" title=\"").append(name).append("\" type=\"");
			xml.append(name.equals("influence") ? "integer" : "string").append("\"/>\n");
		}
		xml.append("</attributes>\n<attributes class=\"edge\">\n");
		for (String name : EDGE_ATTRIBUTES) {
			xml.append("<attribute id=\"").append(name).append("\" title=\"").append(name);
			xml.append("\" type=\"string\"/>\n");
		}
		xml.append("</attributes>\n<nodes>\n");
		for (Node node : map.nodes()) {
			xml.append("<node id=\"").append(Xml.escape(node.id())).append("\" label=\"");
			xml.append(Xml.escape(node.label())).append("\"><attvalues>");
			nodeValues(node).forEach((name, value) -> attvalue(xml, name, value));
			xml.append("</attvalues></node>\n");
		}
		xml.append("</nodes>\n<edges>\n");
		for (Edge edge : map.edges()) {
			xml.append("<edge id=\"").append(Xml.escape(edge.id())).append("\" source=\"");
			xml.append(Xml.escape(edge.source())).append("\" target=\"").append(Xml.escape(edge.target()));
			xml.append("\" weight=\"").append(edge.strength()).append("\"><attvalues>");
			attvalue(xml, "type", edge.type().code());
			attvalue(xml, "visibility", Attributes.visibility(edge.hidden()));
			xml.append("</attvalues></edge>\n");
		}
		return xml.append("</edges>\n</graph>\n</gexf>\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static Map<String, String> nodeValues(Node node) {
		Map<String, String> values = new java.util.LinkedHashMap<>();
		values.put("kind", node.kind().code());
		values.put("level", node.level().code());
		values.put("stance", node.stance().code());
		values.put("influence", String.valueOf(node.influence()));
		values.put("visibility", Attributes.visibility(node.hidden()));
		values.put("notes", node.notes());
		return values;
	}

	private static void data(StringBuilder xml, String key, String value) {
		xml.append("<data key=\"").append(key).append("\">").append(Xml.escape(value)).append("</data>");
	}

	private static void attvalue(StringBuilder xml, String key, String value) {
		xml.append("<attvalue for=\"").append(key).append("\" value=\"").append(Xml.escape(value)).append("\"/>");
	}

	/** Reads a GraphML or a GEXF file, told apart by its root element. */
	public static ActorGraph read(InputStream in) {
		try {
			XMLStreamReader reader = FACTORY.createXMLStreamReader(in);
			try {
				return new Reading(reader).read();
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("was referenced, but not declared")) {
				throw new MapRefused("network.refused.doctype");
			}
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNumber() : 0;
			throw new MapRefused("network.refused.xml", String.valueOf(line));
		}
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

	/** One pass over either format: keys or attribute titles, then nodes and edges. */
	private static final class Reading {

		private final XMLStreamReader xml;

		private final Map<String, String> names = new HashMap<>();

		private final List<Node> nodes = new ArrayList<>();

		private final List<Edge> edges = new ArrayList<>();

		private String root = "";

		private Map<String, String> values = new HashMap<>();

		private String id = "";

		private String label = "";

		private String source = "";

		private String target = "";

		private String dataKey = "";

		private final StringBuilder text = new StringBuilder();

		Reading(XMLStreamReader xml) {
			this.xml = xml;
		}

		ActorGraph read() throws XMLStreamException {
			while (this.xml.hasNext()) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
					throw new MapRefused("network.refused.doctype");
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					start(this.xml.getLocalName());
				}
				else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
					this.text.append(this.xml.getText());
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					end(this.xml.getLocalName());
				}
			}
			if (!this.root.equals("graphml") && !this.root.equals("gexf")) {
				throw new MapRefused("network.refused.xml-root");
			}
			return new ActorGraph(this.nodes, this.edges);
		}

		private String attribute(String name) {
			String value = this.xml.getAttributeValue(null, name);
			return (value == null) ? "" : value;
		}

		private void start(String element) {
			if (this.root.isEmpty()) {
				this.root = element;
			}
			switch (element) {
				case "key" -> this.names.put(attribute("id"), attribute("attr.name"));
				case "attribute" -> this.names.put(attribute("id"), attribute("title"));
				case "node", "edge" -> {
					this.values = new HashMap<>();
					this.id = attribute("id");
					this.label = attribute("label");
					this.source = attribute("source");
					this.target = attribute("target");
					if (!attribute("weight").isEmpty()) {
						this.values.put("weight", attribute("weight"));
					}
				}
				case "data" -> {
					this.dataKey = this.names.getOrDefault(attribute("key"), attribute("key"));
					this.text.setLength(0);
				}
				case "attvalue" ->
					this.values.put(this.names.getOrDefault(attribute("for"), attribute("for")), attribute("value"));
				default -> {
				}
			}
		}

		private void end(String element) {
			switch (element) {
				case "data" -> this.values.put(this.dataKey, this.text.toString());
				case "node" -> this.nodes.add(Attributes.node(this.id,
						this.label.isEmpty() ? this.values.getOrDefault("label", "") : this.label, this.values,
						"node " + this.id));
				case "edge" -> this.edges.add(Attributes.edge(this.id.isEmpty() ? "e" + this.edges.size() : this.id,
						this.source, this.target, this.values, "edge " + this.id));
				default -> {
				}
			}
		}

	}

}
