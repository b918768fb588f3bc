package org.tejido.reports.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A situation report as it leaves the collective: its period and rules, and its figures,
 * every one of them already anonymised. Nothing else is in it.
 */
public record SituationReport(LocalDate from, LocalDate to, Precision precision, int threshold, List<Figure> figures) {

	public SituationReport {
		figures = List.copyOf(figures);
	}

	public List<Figure> of(String section) {
		return this.figures.stream().filter((figure) -> figure.section().equals(section)).toList();
	}

	public boolean has(String section) {
		return this.figures.stream().anyMatch((figure) -> figure.section().equals(section));
	}

	/** The keys a section counts, in the order they first come. */
	public List<String> keys(String section) {
		return of(section).stream().map(Figure::key).distinct().toList();
	}

	/** The cell of one key in one month, or an exact 0. */
	public Cell cell(String section, YearMonth month, String key) {
		return of(section).stream()
			.filter((figure) -> Objects.equals(figure.month(), month) && figure.key().equals(key))
			.map(Figure::cell)
			.findFirst()
			.orElse(Cell.exact(0));
	}

	/** The cell of one key of a section counted over the whole period, or an exact 0. */
	public Cell cell(String section, String key) {
		return of(section).stream()
			.filter((figure) -> figure.month() == null && figure.key().equals(key))
			.map(Figure::cell)
			.findFirst()
			.orElse(Cell.exact(0));
	}

	/** Every month of the period, in order. */
	public List<YearMonth> months() {
		return new ReportSpec(this.from, this.to, this.precision, this.threshold, java.util.Set.of()).months();
	}

	public Anonymiser anonymiser() {
		return new Anonymiser(this.threshold);
	}

}
