package org.tejido.network.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.tejido.site.SpreadsheetCells;

/**
 * The map as two CSV files, nodes and edges (columns in docs/network.md), alone or in a
 * zip as {@code nodes.csv} and {@code edges.csv}.
 */
public final class GraphCsv {

	public static final List<String> NODE_COLUMNS = List.of("id", "label", "kind", "level", "stance", "influence",
			"visibility", "notes");

	public static final List<String> EDGE_COLUMNS = List.of("id", "source", "target", "type", "weight", "visibility");

	private static final CSVFormat READ = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreSurroundingSpaces(true)
		.setIgnoreEmptyLines(true)
		.get();

	private GraphCsv() {
	}

	public static ActorGraph read(InputStream nodes, InputStream edges) {
		List<Node> read = new ArrayList<>();
		for (CSVRecord record : records(nodes, "nodes.csv", List.of("id", "label"))) {
			read.add(Attributes.node(record.get("id"), SpreadsheetCells.plain(record.get("label")), values(record),
					"nodes.csv:" + (record.getRecordNumber() + 1)));
		}
		List<Edge> relations = new ArrayList<>();
		for (CSVRecord record : records(edges, "edges.csv", List.of("source", "target"))) {
			String where = "edges.csv:" + (record.getRecordNumber() + 1);
			String id = record.isMapped("id") ? record.get("id") : "";
			relations.add(Attributes.edge(id.isBlank() ? "e" + record.getRecordNumber() : id, record.get("source"),
					record.get("target"), values(record), where));
		}
		return new ActorGraph(read, relations);
	}

	/** A zip holding {@code nodes.csv} and {@code edges.csv}, each read up to a limit. */
	public static ActorGraph readZip(InputStream zip, long limit) {
		Map<String, byte[]> files = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(zip)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String name = entry.getName().replaceFirst("^.*/", "");
				if (name.equals("nodes.csv") || name.equals("edges.csv")) {
					byte[] content = in.readNBytes((int) limit + 1);
					if (content.length > limit) {
						throw new MapRefused("network.refused.too-large", name);
					}
					files.put(name, content);
				}
			}
		}
		catch (IOException ex) {
			throw new MapRefused("network.refused.unreadable", "zip");
		}
		if (!files.containsKey("nodes.csv") || !files.containsKey("edges.csv")) {
			throw new MapRefused("network.refused.zip-content");
		}
		return read(new java.io.ByteArrayInputStream(files.get("nodes.csv")),
				new java.io.ByteArrayInputStream(files.get("edges.csv")));
	}

	private static List<CSVRecord> records(InputStream in, String file, List<String> required) {
		try {
			var parser = READ.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String column : required) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new MapRefused("network.refused.csv-header", file, column);
				}
			}
			return parser.getRecords();
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw new MapRefused("network.refused.unreadable", file);
		}
	}

	private static Map<String, String> values(CSVRecord record) {
		Map<String, String> values = new HashMap<>(record.toMap());
		values.replaceAll((key, value) -> (value == null) ? "" : SpreadsheetCells.plain(value));
		return values;
	}

	public static byte[] nodes(ActorGraph map) {
		return printed(NODE_COLUMNS,
				map.nodes()
					.stream()
					.map((node) -> List.<Object>of(node.id(), node.label(), node.kind().code(), node.level().code(),
							node.stance().code(), node.influence(), Attributes.visibility(node.hidden()), node.notes()))
					.toList());
	}

	public static byte[] edges(ActorGraph map) {
		return printed(EDGE_COLUMNS,
				map.edges()
					.stream()
					.map((edge) -> List.<Object>of(edge.id(), edge.source(), edge.target(), edge.type().code(),
							edge.strength(), Attributes.visibility(edge.hidden())))
					.toList());
	}

	private static byte[] printed(List<String> header, List<List<Object>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = CSVFormat.RFC4180.builder()
			.setHeader(header.toArray(String[]::new))
			.setRecordSeparator("\n")
			.get()
			.print(out)) {
			for (List<Object> row : rows) {
				printer.printRecord(row.stream().map(SpreadsheetCells::safe).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
