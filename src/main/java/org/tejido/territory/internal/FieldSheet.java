package org.tejido.territory.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV export of a field data app (KoBoToolbox, ODK Central, and forms made the
 * same way) into observations as typed: columns are found by the end of their name, so
 * {@code group_patrol/gps}, {@code location-Latitude} and {@code _gps_latitude} are all
 * read. A geopoint column ({@code "2.45 -76.61 1800 5"}) or separate latitude and
 * longitude columns give the position; {@code start}, {@code today}, {@code date} or
 * {@code SubmissionDate} the time; {@code category} or {@code type} what; and
 * {@code description}, {@code notes}, {@code observation} or {@code text} the words.
 */
final class FieldSheet {

	static final int MAX_ROWS = 5000;

	private static final Pattern GEOPOINT = Pattern
		.compile("\\[?\\s*(-?\\d+(?:\\.\\d+)?)[\\s,]+(-?\\d+(?:\\.\\d+)?).*");

	private FieldSheet() {
	}

	/** One row as typed, with its line number in the file and the place it names. */
	record Row(long line, ObservationInput input, String placeName) {
	}

	static List<Row> read(Reader csv) throws IOException {
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get()
			.parse(csv)) {
			Columns columns = new Columns(parser.getHeaderMap());
			List<Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (rows.size() == MAX_ROWS) {
					throw new Invalid("territory.import.too-many-rows", MAX_ROWS);
				}
				rows.add(new Row(parser.getCurrentLineNumber(), columns.input(record), columns.place(record)));
			}
			return rows;
		}
	}

	/** Where each value stands in the file's columns. */
	private record Columns(Map<String, Integer> header) {

		ObservationInput input(CSVRecord record) {
			return new ObservationInput(category(value(record, "category", "type", "categoria", "kategori")), "",
					position(record),
					when(value(record, "start", "today", "date", "submissiondate", "_submission_time", "fecha",
							"tanggal")),
					value(record, "description", "notes", "observation", "text", "descripcion", "catatan"), "");
		}

		String place(CSVRecord record) {
			return value(record, "place", "lugar", "lieu", "local", "tempat");
		}

		private String position(CSVRecord record) {
			String latitude = value(record, "_gps_latitude", "-latitude", "latitude", "lat");
			String longitude = value(record, "_gps_longitude", "-longitude", "longitude", "lon", "lng");
			if (!latitude.isEmpty() || !longitude.isEmpty()) {
				return latitude + ", " + longitude;
			}
			Matcher point = GEOPOINT.matcher(value(record, "_geolocation", "gps", "geopoint", "location", "point"));
			return point.matches() ? point.group(1) + ", " + point.group(2) : "";
		}

		private String value(CSVRecord record, String... endings) {
			for (String ending : endings) {
				Optional<Integer> column = column(ending);
				if (column.isPresent() && column.get() < record.size()) {
					return record.get(column.get());
				}
			}
			return "";
		}

		private Optional<Integer> column(String ending) {
			return this.header.entrySet()
				.stream()
				.filter((entry) -> matches(entry.getKey().toLowerCase(Locale.ROOT), ending))
				.map(Map.Entry::getValue)
				.findFirst();
		}

		private static boolean matches(String name, String ending) {
			return name.equals(ending) || name.endsWith("/" + ending)
					|| (ending.startsWith("-") || ending.startsWith("_") ? name.endsWith(ending)
							: name.endsWith("-" + ending) || name.endsWith("_" + ending));
		}

	}

	/** A category written as a code or as a word of the SMS keyword form. */
	static String category(String typed) {
		String folded = SmsObservationReading.folded(typed.strip()).toLowerCase(Locale.ROOT);
		if (folded.isEmpty()) {
			return "other";
		}
		return ObservationCategory.fromCode(folded)
			.or(() -> SmsObservationReading.word(folded))
			.map(ObservationCategory::code)
			.orElse(folded);
	}

	/** A time as field apps write it, to the minute, in UTC: {@code 2026-11-30T14:05}. */
	static String when(String typed) {
		String stripped = typed.strip();
		if (stripped.isEmpty()) {
			return "";
		}
		try {
			return java.time.OffsetDateTime.parse(stripped)
				.withOffsetSameInstant(java.time.ZoneOffset.UTC)
				.toLocalDateTime()
				.withSecond(0)
				.withNano(0)
				.toString();
		}
		catch (java.time.format.DateTimeParseException notWithOffset) {
			return stripped.length() >= 16 ? stripped.substring(0, 16).replace(' ', 'T')
					: stripped.length() == 10 ? stripped + "T12:00" : stripped;
		}
	}

}
