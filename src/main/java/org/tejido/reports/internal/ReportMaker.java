package org.tejido.reports.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Membership;
import org.tejido.risk.RiskFigures;
import org.tejido.territory.ObservationFigures;
import org.tejido.territory.ObservationFigures.ObservationFact;
import org.tejido.warning.AlertFigures;
import org.tejido.warning.AlertFigures.AlertCount;

/**
 * Makes a collective's situation report from the counts the other modules give, passing
 * every count through the {@link Anonymiser} before it becomes a figure: what is not a
 * figure never leaves this class.
 */
@Service
public class ReportMaker {

	static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");

	static final List<String> STATUSES = List.of("open", "closed");

	private final AlertFigures alerts;

	private final ObservationFigures observations;

	private final RiskFigures risk;

	ReportMaker(AlertFigures alerts, ObservationFigures observations, RiskFigures risk) {
		this.alerts = alerts;
		this.observations = observations;
		this.risk = risk;
	}

	/** The report of the coordinator's collective, as it would leave. */
	@Transactional(readOnly = true)
	public SituationReport make(Membership coordinator, ReportSpec spec, LocalDate today) {
		Anonymiser anonymiser = spec.anonymiser();
		List<Figure> figures = new ArrayList<>();
		if (spec.includes(Part.ALERTS)) {
			alerts(this.alerts.counted(coordinator, spec.start(), spec.end()), spec, anonymiser, figures);
		}
		if (spec.includes(Part.OBSERVATIONS) || spec.includes(Part.LOCATIONS)) {
			observations(this.observations.made(coordinator, spec.start(), spec.end()), spec, anonymiser, figures);
		}
		if (spec.includes(Part.RISK) || spec.includes(Part.MEASURES)) {
			LocalDate asOf = spec.to().isAfter(today) ? today : spec.to();
			risk(this.risk.levels(coordinator, asOf), spec, anonymiser, figures);
		}
		return new SituationReport(spec.from(), spec.to(), spec.precision(), spec.threshold(), figures);
	}

	private static void alerts(List<AlertCount> counts, ReportSpec spec, Anonymiser anonymiser, List<Figure> into) {
		Map<String, Map<YearMonth, Integer>> byCategory = new TreeMap<>();
		counts.forEach((count) -> byCategory.computeIfAbsent(count.category(), (key) -> new TreeMap<>())
			.merge(count.month(), count.count(), Integer::sum));
		monthly(Figure.ALERTS_BY_CATEGORY, byCategory, spec, anonymiser, into);
		Map<String, Integer> severities = counts.stream()
			.collect(Collectors.groupingBy(AlertCount::severity, Collectors.summingInt(AlertCount::count)));
		SEVERITIES.forEach((severity) -> into.add(Figure.of(Figure.ALERTS_BY_SEVERITY, null, severity,
				anonymiser.count(severities.getOrDefault(severity, 0)))));
		Map<String, Integer> statuses = counts.stream()
			.collect(Collectors.groupingBy(AlertCount::status, Collectors.summingInt(AlertCount::count)));
		STATUSES.forEach((status) -> into
			.add(Figure.of(Figure.ALERTS_BY_STATUS, null, status, anonymiser.count(statuses.getOrDefault(status, 0)))));
	}

	private static void observations(List<ObservationFact> facts, ReportSpec spec, Anonymiser anonymiser,
			List<Figure> into) {
		if (spec.includes(Part.OBSERVATIONS)) {
			Map<String, Map<YearMonth, Integer>> byCategory = new TreeMap<>();
			facts.forEach((fact) -> byCategory.computeIfAbsent(fact.category(), (key) -> new TreeMap<>())
				.merge(fact.month(), 1, Integer::sum));
			monthly(Figure.OBSERVATIONS_BY_CATEGORY, byCategory, spec, anonymiser, into);
		}
		if (spec.includes(Part.LOCATIONS)) {
			Map<String, Long> cells = facts.stream()
				.filter((fact) -> fact.latitude() != null && fact.longitude() != null)
				.map((fact) -> Anonymiser.rounded(fact.latitude(), spec.precision()).toPlainString() + ","
						+ Anonymiser.rounded(fact.longitude(), spec.precision()).toPlainString())
				.collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
			cells.forEach((point,
					count) -> into.add(new Figure(Figure.OBSERVATIONS_BY_LOCATION, null, "",
							point.substring(0, point.indexOf(',')), point.substring(point.indexOf(',') + 1),
							anonymiser.count(count.intValue()))));
			long unlocated = facts.stream().filter((fact) -> fact.latitude() == null).count();
			into.add(Figure.of(Figure.OBSERVATIONS_UNLOCATED, null, "", anonymiser.count((int) unlocated)));
		}
	}

	private static void risk(RiskFigures.Levels levels, ReportSpec spec, Anonymiser anonymiser, List<Figure> into) {
		if (spec.includes(Part.RISK)) {
			for (String band : List.of("low", "medium", "high", "critical")) {
				into.add(Figure.of(Figure.RISK_BANDS, null, band,
						anonymiser.count(levels.threatsByBand().getOrDefault(band, 0))));
			}
			into.add(Figure.of(Figure.RISK_CHANGES, null, "up", anonymiser.count(levels.wentUp())));
			into.add(Figure.of(Figure.RISK_CHANGES, null, "down", anonymiser.count(levels.wentDown())));
		}
		if (spec.includes(Part.MEASURES)) {
			levels.measures()
				.forEach((count) -> into.add(Figure.of(Figure.MEASURES, null, count.kind() + ":" + count.status(),
						anonymiser.count(count.count()))));
			into.add(Figure.of(Figure.MEASURES_OVERDUE, null, "", anonymiser.count(levels.overdue())));
		}
	}

	/** One figure per category and month of the period, zeros included. */
	private static void monthly(String section, Map<String, Map<YearMonth, Integer>> byCategory, ReportSpec spec,
			Anonymiser anonymiser, List<Figure> into) {
		for (String category : new TreeSet<>(byCategory.keySet())) {
			Map<YearMonth, Integer> months = byCategory.get(category);
			for (YearMonth month : spec.months()) {
				into.add(Figure.of(section, month, category, anonymiser.count(months.getOrDefault(month, 0))));
			}
		}
	}

}
