package org.tejido.warning.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Membership;
import org.tejido.warning.AlertFigures;

/**
 * Alerts counted for reports, from their clear columns only: nothing sealed is opened.
 */
@Service
class AlertTallies implements AlertFigures {

	private final Alerts alerts;

	AlertTallies(Alerts alerts) {
		this.alerts = alerts;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AlertCount> counted(Membership coordinator, Instant from, Instant to) {
		if (!coordinator.isCoordinator()) {
			return List.of();
		}
		Map<AlertCount, Long> counts = this.alerts
			.findByCollectiveIdAndReportedAtGreaterThanEqualAndReportedAtLessThan(coordinator.collective(), from, to)
			.stream()
			.map((alert) -> new AlertCount(YearMonth.from(alert.reportedAt().atZone(ZoneOffset.UTC)),
					alert.category().code(), alert.severity().code(), alert.isOpen() ? "open" : "closed", 0))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		return counts.entrySet()
			.stream()
			.map((entry) -> new AlertCount(entry.getKey().month(), entry.getKey().category(), entry.getKey().severity(),
					entry.getKey().status(), entry.getValue().intValue()))
			.sorted(Comparator.comparing(AlertCount::month)
				.thenComparing(AlertCount::category)
				.thenComparing(AlertCount::severity)
				.thenComparing(AlertCount::status))
			.toList();
	}

}
