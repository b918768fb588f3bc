package org.tejido.library.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import java.util.Map;
import java.util.StringJoiner;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Reads and writes catalogues as CSV (RFC 4180, one header row) and JSON (an array of
 * objects with the same column names, lists as arrays and the rating as an object).
 */
@Component
public class CatalogueFormats {

	private static final int MAX_ROWS = 200_000;

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	private final JsonMapper json;

	CatalogueFormats(JsonMapper json) {
		this.json = json;
	}

	public List<CatalogueRow> readCsv(String text) {
		try (CSVParser parser = CSVParser.parse(new StringReader(withoutByteOrderMark(text)), CSV)) {
			requireColumns(parser.getHeaderNames());
			List<CatalogueRow> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(new CatalogueRow(rows.size() + 1, valuesOf(record, parser.getHeaderNames())));
				requireAtMostMaxRows(rows.size());
			}
			return rows;
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			throw new UnreadableCatalogue("import.unreadable-csv", firstLineOf(ex.getMessage()));
		}
	}

	/** The rows of a CSV file, read as a stream each time the source is opened. */
	public RowSource csvFile(Path file) {
		return () -> {
			try {
				Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				reader.mark(1);
				if (reader.read() != '\uFEFF') {
					reader.reset();
				}
				CSVParser parser = CSVParser.parse(reader, CSV);
				requireColumns(parser.getHeaderNames());
				List<String> header = parser.getHeaderNames();
				int[] number = { 0 };
				return StreamSupport.stream(new CsvRecords(parser.spliterator()), false).map((record) -> {
					requireAtMostMaxRows(++number[0]);
					return new CatalogueRow(number[0], valuesOf(record, header));
				}).onClose(() -> closeQuietly(parser));
			}
			catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
				throw new UnreadableCatalogue("import.unreadable-csv", firstLineOf(ex.getMessage()));
			}
		};
	}

	/**
	 * The rows of a JSON file (an array of objects), read as a stream each time the
	 * source is opened.
	 */
	public RowSource jsonFile(Path file) {
		return () -> {
			try {
				InputStream in = Files.newInputStream(file);
				JsonParser parser = this.json.createParser(in);
				if (parser.nextToken() != JsonToken.START_ARRAY) {
					closeQuietly(parser);
					throw new UnreadableCatalogue("import.json-not-array");
				}
				return StreamSupport.stream(new JsonRows(parser), false).onClose(() -> closeQuietly(parser));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (JacksonException ex) {
				throw new UnreadableCatalogue("import.unreadable-json", firstLineOf(ex.getOriginalMessage()));
			}
		};
	}

	public void writeCsv(List<CatalogueRow> rows, Writer out) throws IOException {
		try (CSVPrinter printer = CSVFormat.RFC4180.builder()
			.setHeader(CatalogueRow.COLUMNS.toArray(String[]::new))
			.get()
			.print(out)) {
			for (CatalogueRow row : rows) {
				printer.printRecord(CatalogueRow.COLUMNS.stream().map(row::get).toList());
			}
		}
	}

	public void writeJson(List<CatalogueRow> rows, Writer out) {
		ArrayNode array = this.json.createArrayNode();
		rows.forEach((row) -> array.add(objectOf(row)));
		this.json.writerWithDefaultPrettyPrinter().writeValue(out, array);
	}

	private ObjectNode objectOf(CatalogueRow row) {
		ObjectNode node = this.json.createObjectNode();
		for (String column : CatalogueRow.COLUMNS) {
			if (CatalogueRow.LISTS.contains(column)) {
				ArrayNode values = node.putArray(column);
				row.list(column).forEach(values::add);
			}
			else if (column.equals("rating")) {
				ObjectNode rating = node.putObject(column);
				row.list(column)
					.stream()
					.map((pair) -> pair.split("=", 2))
					.forEach((pair) -> rating.put(pair[0], Integer.parseInt(pair[1])));
			}
			else if (column.equals("year") && row.get(column).matches("\\d{1,4}")) {
				node.put(column, Integer.parseInt(row.get(column)));
			}
			else {
				node.put(column, row.get(column));
			}
		}
		return node;
	}

	/**
	 * Records of a CSV file, one at a time; a file that breaks halfway is unreadable, not
	 * an error.
	 */
	private static final class CsvRecords extends Spliterators.AbstractSpliterator<CSVRecord> {

		private final Spliterator<CSVRecord> records;

		CsvRecords(Spliterator<CSVRecord> records) {
			super(Long.MAX_VALUE, Spliterator.ORDERED);
			this.records = records;
		}

		@Override
		public boolean tryAdvance(Consumer<? super CSVRecord> action) {
			try {
				return this.records.tryAdvance(action);
			}
			catch (UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
				throw new UnreadableCatalogue("import.unreadable-csv", firstLineOf(ex.getMessage()));
			}
		}

	}

	/** Objects of a JSON array, one at a time. */
	private final class JsonRows extends Spliterators.AbstractSpliterator<CatalogueRow> {

		private final JsonParser parser;

		private int number;

		JsonRows(JsonParser parser) {
			super(Long.MAX_VALUE, Spliterator.ORDERED);
			this.parser = parser;
		}

		@Override
		public boolean tryAdvance(Consumer<? super CatalogueRow> action) {
			try {
				JsonToken token = this.parser.nextToken();
				if (token == JsonToken.END_ARRAY || token == null) {
					return false;
				}
				if (token != JsonToken.START_OBJECT) {
					throw new UnreadableCatalogue("import.json-not-array");
				}
				JsonNode item = CatalogueFormats.this.json.readerFor(JsonNode.class)
					.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
					.readValue(this.parser);
				requireAtMostMaxRows(++this.number);
				action.accept(new CatalogueRow(this.number, valuesOf((ObjectNode) item)));
				return true;
			}
			catch (JacksonException ex) {
				throw new UnreadableCatalogue("import.unreadable-json", firstLineOf(ex.getOriginalMessage()));
			}
		}

	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ignored) {
			// nothing more to read from it
		}
	}

	private static Map<String, String> valuesOf(CSVRecord record, List<String> header) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < header.size() && i < record.size(); i++) {
			values.put(header.get(i).strip().toLowerCase(java.util.Locale.ROOT), record.get(i));
		}
		return values;
	}

	private static Map<String, String> valuesOf(ObjectNode item) {
		Map<String, String> values = new LinkedHashMap<>();
		item.properties().forEach((entry) -> values.put(entry.getKey(), textOf(entry.getValue())));
		return values;
	}

	private static String textOf(JsonNode value) {
		if (value.isArray()) {
			StringJoiner joined = new StringJoiner(";");
			value.forEach((element) -> joined.add(textOf(element)));
			return joined.toString();
		}
		if (value.isObject()) {
			StringJoiner pairs = new StringJoiner(";");
			value.properties().forEach((entry) -> pairs.add(entry.getKey() + "=" + textOf(entry.getValue())));
			return pairs.toString();
		}
		return value.isNull() ? "" : value.asString();
	}

	private static void requireColumns(List<String> header) {
		List<String> names = header.stream().map((name) -> name.strip().toLowerCase(java.util.Locale.ROOT)).toList();
		for (String required : List.of("title", "url")) {
			if (!names.contains(required)) {
				throw new UnreadableCatalogue("import.missing-column", required);
			}
		}
	}

	private static void requireAtMostMaxRows(int rows) {
		if (rows > MAX_ROWS) {
			throw new UnreadableCatalogue("import.too-many-rows", MAX_ROWS);
		}
	}

	private static String withoutByteOrderMark(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static String firstLineOf(String message) {
		if (message == null) {
			return "";
		}
		String line = message.lines().findFirst().orElse("");
		return (line.length() > 200) ? line.substring(0, 200) : line;
	}

}
