package org.tejido.warning.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Membership;
import org.tejido.collectives.Sealed;
import org.tejido.warning.WarningAlerts;

/**
 * Recent alerts, briefly, for other modules: what the alerts list shows, with the start
 * of each alert's words; nothing for allies, who do not read the alerts list.
 */
@Service
class AlertDigest implements WarningAlerts {

	static final int SUMMARY = 140;

	private final Alerts alerts;

	private final AlertDesk desk;

	AlertDigest(Alerts alerts, AlertDesk desk) {
		this.alerts = alerts;
		this.desk = desk;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecentAlert> recent(Membership viewer, int limit) {
		if (viewer.isAlly()) {
			return List.of();
		}
		Sealed sealing = this.desk.sealing(viewer.collective());
		return this.alerts.findByCollectiveIdOrderByReportedAtDesc(viewer.collective())
			.stream()
			.limit(limit)
			.map((alert) -> brief(alert, sealing))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RecentAlert> find(Membership viewer, UUID alert) {
		if (viewer.isAlly()) {
			return Optional.empty();
		}
		return this.alerts.findByCollectiveIdAndId(viewer.collective(), alert)
			.map((found) -> brief(found, this.desk.sealing(viewer.collective())));
	}

	private static RecentAlert brief(Alert alert, Sealed sealing) {
		String text = alert.text(sealing).strip();
		String summary = (text.length() > SUMMARY) ? text.substring(0, SUMMARY - 1) + "…" : text;
		return new RecentAlert(alert.id(), alert.code(), alert.category().code(), alert.reportedAt(), summary);
	}

}
