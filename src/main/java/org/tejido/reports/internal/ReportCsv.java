package org.tejido.reports.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A report as CSV (RFC 4180, UTF-8): a header, four {@code report} rows with its period
 * and rules, then one row per figure. Codes, never words, so that it reads the same in
 * every language. What the coalition keeps of a shared report is this text.
 */
public final class ReportCsv {

	static final String[] HEADER = { "section", "month", "key", "latitude", "longitude", "value" };

	private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

	private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader(HEADER).setSkipHeaderRecord(true).get();

	private ReportCsv() {
	}

	public static String write(SituationReport report) {
		StringBuilder out = new StringBuilder();
		try (CSVPrinter csv = new CSVPrinter(out, WRITE)) {
			csv.printRecord("report", "", "from", "", "", report.from().toString());
			csv.printRecord("report", "", "to", "", "", report.to().toString());
			csv.printRecord("report", "", "precision", "", "", report.precision().code());
			csv.printRecord("report", "", "threshold", "", "", Integer.toString(report.threshold()));
			for (Figure figure : report.figures()) {
				csv.printRecord(figure.section(), (figure.month() != null) ? figure.month().toString() : "",
						figure.key(), figure.latitude(), figure.longitude(), figure.cell().text());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * Reads what {@link #write} wrote.
	 * @throws IllegalArgumentException if it is not such a report
	 */
	public static SituationReport read(String text) {
		LocalDate from = null;
		LocalDate to = null;
		Precision precision = null;
		int threshold = 0;
		List<Figure> figures = new ArrayList<>();
		try {
			for (CSVRecord row : READ.parse(new StringReader(text))) {
				String value = row.get("value");
				if (row.get("section").equals("report")) {
					switch (row.get("key")) {
						case "from" -> from = LocalDate.parse(value);
						case "to" -> to = LocalDate.parse(value);
						case "precision" -> precision = Precision.fromCode(value);
						case "threshold" -> threshold = Integer.parseInt(value);
						default -> throw new IllegalArgumentException("unknown report row " + row.get("key"));
					}
					continue;
				}
				String month = row.get("month");
				figures.add(new Figure(row.get("section"), month.isEmpty() ? null : YearMonth.parse(month),
						row.get("key"), row.get("latitude"), row.get("longitude"), Cell.parse(value)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (from == null || to == null || precision == null || threshold == 0) {
			throw new IllegalArgumentException("a report says its period, precision and threshold");
		}
		return new SituationReport(from, to, precision, threshold, figures);
	}

}
