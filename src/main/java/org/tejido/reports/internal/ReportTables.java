package org.tejido.reports.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tejido.site.Page;

/**
 * A report laid out for its page: a table per calendar year of each monthly section
 * (categories down, months across, totals made of the shown cells), a chart of the
 * monthly totals, and the labels of every code in the reader's language.
 */
public final class ReportTables {

	private ReportTables() {
	}

	/** One year of a monthly section. */
	public record YearTable(int year, List<YearMonth> months, List<Row> rows, List<Cell> totals, Cell total) {
	}

	/** One category across the months of a year. */
	public record Row(String key, List<Cell> cells, Cell total) {
	}

	/** A section counted over the whole period: one row per key. */
	public record Line(String key, Cell cell) {
	}

	public static List<YearTable> years(SituationReport report, String section) {
		Map<Integer, List<YearMonth>> byYear = new LinkedHashMap<>();
		report.months()
			.forEach((month) -> byYear.computeIfAbsent(month.getYear(), (year) -> new ArrayList<>()).add(month));
		Anonymiser anonymiser = report.anonymiser();
		List<String> keys = report.keys(section);
		List<YearTable> tables = new ArrayList<>();
		byYear.forEach((year, months) -> {
			List<Row> rows = keys.stream().map((key) -> {
				List<Cell> cells = months.stream().map((month) -> report.cell(section, month, key)).toList();
				return new Row(key, cells, anonymiser.total(cells));
			}).toList();
			List<Cell> totals = months.stream()
				.map((month) -> anonymiser.total(keys.stream().map((key) -> report.cell(section, month, key)).toList()))
				.toList();
			tables.add(new YearTable(year, months, rows, totals,
					anonymiser.total(rows.stream().map(Row::total).toList())));
		});
		return tables;
	}

	/** The total of each month of the period, for the chart. */
	public static List<Cell> monthTotals(SituationReport report, String section) {
		Anonymiser anonymiser = report.anonymiser();
		List<String> keys = report.keys(section);
		return report.months()
			.stream()
			.map((month) -> anonymiser.total(keys.stream().map((key) -> report.cell(section, month, key)).toList()))
			.toList();
	}

	public static List<Line> lines(SituationReport report, String section) {
		return report.of(section).stream().map((figure) -> new Line(figure.key(), figure.cell())).toList();
	}

	public static String chart(Page page, SituationReport report, String section) {
		List<Cell> totals = monthTotals(report, section);
		List<YearMonth> months = report.months();
		StringBuilder description = new StringBuilder();
		for (int i = 0; i < months.size(); i++) {
			description.append(months.get(i)).append(": ").append(shown(page, totals.get(i))).append(". ");
		}
		String title = page.t("reports.chart." + section);
		return MonthBars.svg(section.replace('.', '-'), title, description.toString().strip(), months, totals);
	}

	/** A cell as the page shows it: {@code 7}, {@code <3}, {@code ≥6} or {@code …}. */
	public static String shown(Page page, Cell cell) {
		return switch (cell.kind()) {
			case EXACT -> Integer.toString(cell.value());
			case FEWER_THAN -> "<" + cell.value();
			case AT_LEAST -> "≥" + cell.value();
			case SUPPRESSED -> "…";
		};
	}

	/** The message key naming a code of a section. */
	public static String label(String section, String key) {
		return switch (section) {
			case Figure.ALERTS_BY_CATEGORY -> "alerts.category." + key;
			case Figure.ALERTS_BY_SEVERITY -> "alerts.severity." + key;
			case Figure.OBSERVATIONS_BY_CATEGORY -> "territory.obs.category." + key;
			case Figure.RISK_BANDS -> "risk.band." + key;
			default -> "reports." + section + "." + key;
		};
	}

	/** The measures as a table: kinds down, statuses across. */
	public static Map<String, Map<String, Cell>> measures(SituationReport report) {
		Map<String, Map<String, Cell>> table = new LinkedHashMap<>();
		for (String kind : List.of("prevention", "protection", "response", "advocacy")) {
			Map<String, Cell> row = new LinkedHashMap<>();
			for (String status : MEASURE_STATUSES) {
				row.put(status, report.cell(Figure.MEASURES, kind + ":" + status));
			}
			table.put(kind, row);
		}
		return table;
	}

	public static final List<String> MEASURE_STATUSES = List.of("planned", "in-progress", "done", "dropped");

}
