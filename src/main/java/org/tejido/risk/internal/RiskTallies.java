package org.tejido.risk.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Membership;
import org.tejido.risk.RiskFigures;

/**
 * Risk levels and measures counted for reports, over the assessments a coordinator reads.
 */
@Service
class RiskTallies implements RiskFigures {

	private final Assessments assessments;

	private final Measures measures;

	RiskTallies(Assessments assessments, Measures measures) {
		this.assessments = assessments;
		this.measures = measures;
	}

	@Override
	@Transactional(readOnly = true)
	public Levels levels(Membership coordinator, LocalDate asOf) {
		Map<String, Integer> bands = new LinkedHashMap<>();
		Arrays.stream(RiskBand.values()).forEach((band) -> bands.put(band.code(), 0));
		if (!coordinator.isCoordinator()) {
			return new Levels(bands, 0, 0, List.of(), 0);
		}
		List<AssessmentView> readable = this.assessments.readable(coordinator);
		int up = 0;
		int down = 0;
		for (AssessmentView assessment : readable) {
			List<ReviewView> held = this.assessments.reviews(coordinator, assessment.id())
				.stream()
				.filter((review) -> !review.heldOn().isAfter(asOf))
				.toList();
			if (held.isEmpty()) {
				continue;
			}
			held.get(0).content().threats().forEach((threat) -> bands.merge(threat.band().code(), 1, Integer::sum));
			if (held.size() > 1) {
				List<ReviewChanges.Move> moved = ReviewChanges.between(held.get(1).content(), held.get(0).content())
					.moved();
				up += (int) moved.stream().filter(ReviewChanges.Move::up).count();
				down += (int) moved.stream().filter((move) -> !move.up()).count();
			}
		}
		Set<UUID> counted = readable.stream().map(AssessmentView::id).collect(Collectors.toSet());
		List<Measure> measured = this.measures.findByCollectiveIdOrderByCreatedAt(coordinator.collective())
			.stream()
			.filter((measure) -> counted.contains(measure.assessmentId()))
			.toList();
		int overdue = (int) measured.stream()
			.filter((measure) -> measure.status().isOpen() && measure.dueOn() != null && measure.dueOn().isBefore(asOf))
			.count();
		return new Levels(bands, up, down, byKindAndStatus(measured), overdue);
	}

	private static List<MeasureCount> byKindAndStatus(List<Measure> measured) {
		Map<MeasureCount, Long> counts = measured.stream()
			.map((measure) -> new MeasureCount(measure.kind(), measure.status().code(), 0))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		return counts.entrySet()
			.stream()
			.map((entry) -> new MeasureCount(entry.getKey().kind(), entry.getKey().status(),
					entry.getValue().intValue()))
			.sorted(Comparator.comparing(MeasureCount::kind).thenComparing(MeasureCount::status))
			.toList();
	}

}
