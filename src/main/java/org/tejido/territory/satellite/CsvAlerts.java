package org.tejido.territory.satellite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/** The CSV exports of GFW (dashboard and API) and of NASA FIRMS, row by row. */
final class CsvAlerts {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreHeaderCase(true)
		.setIgnoreSurroundingSpaces(true)
		.setIgnoreEmptyLines(true)
		.setAllowMissingColumnNames(true)
		.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
		.get();

	private final AlertLimits limits;

	private final LocalDate latest;

	CsvAlerts(AlertLimits limits, LocalDate latest) {
		this.limits = limits;
		this.latest = latest;
	}

	AlertFile read(InputStream in) throws IOException {
		Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
		skipByteOrderMark(reader);
		CSVParser parser;
		try {
			parser = FORMAT.parse(reader);
		}
		catch (IllegalArgumentException | UncheckedIOException ex) {
			throw new AlertFileRefused(415, "unknown-format");
		}
		try (parser) {
			AlertFormat format = AlertFormat.detect(parser.getHeaderNames());
			if (format == null) {
				throw new AlertFileRefused(415, "unknown-format");
			}
			AlertRows rows = new AlertRows(format, this.limits, this.latest);
			Iterator<CSVRecord> records = parser.iterator();
			while (next(records)) {
				CSVRecord record = records.next();
				rows.read(record.getRecordNumber() + 1, column -> record.isSet(column) ? record.get(column) : null);
			}
			return rows.file();
		}
	}

	private static boolean next(Iterator<CSVRecord> records) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException ex) {
			// an unclosed quote, or the size limit (which the reader tells apart)
			throw new AlertFileRefused(422, "unreadable");
		}
	}

	private static void skipByteOrderMark(Reader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
	}

}
