package org.tejido.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coalition's view of the reports its collectives shared: the latest report of each
 * collective, combined figure by figure (a sum of the cells as they were shared, never of
 * counts behind them), suppressed again at the strictest threshold among them, positions
 * rounded again to the coarsest precision among them.
 */
@Service
public class Coalition {

	private final SharedReports shared;

	Coalition(SharedReports shared) {
		this.shared = shared;
	}

	/**
	 * A collective that shared a report.
	 *
	 * @param name its name, or nothing when it did not allow it
	 */
	public record Contributor(@Nullable String name, LocalDate from, LocalDate to, Instant sharedAt) {
	}

	/** The shared reports combined, and who they came from. */
	public record Combined(List<Contributor> contributors, Optional<SituationReport> report) {
	}

	@Transactional(readOnly = true)
	public Combined combined() {
		Map<UUID, SharedReport> latest = new LinkedHashMap<>();
		this.shared.findAllByOrderBySharedAtDesc()
			.forEach((report) -> latest.putIfAbsent(report.collectiveId(), report));
		List<Contributor> contributors = latest.values()
			.stream()
			.map((report) -> new Contributor(report.collectiveName(), report.periodFrom(), report.periodTo(),
					report.sharedAt()))
			.toList();
		List<SituationReport> reports = latest.values().stream().map(SharedReport::report).toList();
		return new Combined(contributors, reports.isEmpty() ? Optional.empty() : Optional.of(combine(reports)));
	}

	/** Several reports as one, by the rules above. */
	public static SituationReport combine(List<SituationReport> reports) {
		int threshold = reports.stream().mapToInt(SituationReport::threshold).max().orElseThrow();
		Precision coarsest = reports.stream()
			.filter((report) -> report.has(Figure.OBSERVATIONS_BY_LOCATION))
			.map(SituationReport::precision)
			.max(Comparator.naturalOrder())
			.orElse(Precision.NONE);
		Map<Figure.Subject, List<Cell>> parts = new LinkedHashMap<>();
		for (SituationReport report : reports) {
			for (Figure figure : report.figures()) {
				parts.computeIfAbsent(regridded(figure, coarsest).subject(), (subject) -> new ArrayList<>())
					.add(figure.cell());
			}
		}
		Anonymiser anonymiser = new Anonymiser(threshold);
		List<Figure> figures = parts.entrySet()
			.stream()
			.map((entry) -> new Figure(entry.getKey().section(), entry.getKey().month(), entry.getKey().key(),
					entry.getKey().latitude(), entry.getKey().longitude(), anonymiser.total(entry.getValue())))
			.toList();
		LocalDate from = reports.stream().map(SituationReport::from).min(Comparator.naturalOrder()).orElseThrow();
		LocalDate to = reports.stream().map(SituationReport::to).max(Comparator.naturalOrder()).orElseThrow();
		return new SituationReport(from, to, coarsest, threshold, figures);
	}

	private static Figure regridded(Figure figure, Precision coarsest) {
		if (figure.latitude().isEmpty() || coarsest == Precision.NONE) {
			return figure;
		}
		return new Figure(figure.section(), figure.month(), figure.key(),
				Anonymiser.rounded(Double.parseDouble(figure.latitude()), coarsest).toPlainString(),
				Anonymiser.rounded(Double.parseDouble(figure.longitude()), coarsest).toPlainString(), figure.cell());
	}

}
