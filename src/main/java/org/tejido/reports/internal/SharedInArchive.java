package org.tejido.reports.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Component;

import org.tejido.collectives.CollectiveExportPart;
import org.tejido.collectives.Membership;

/**
 * The reports the collective shared with the coalition, in its export, each as the CSV
 * that left: {@code reports/shared-<day shared>-<id>.csv}.
 */
@Component
class SharedInArchive implements CollectiveExportPart {

	private final SharedReports shared;

	SharedInArchive(SharedReports shared) {
		this.shared = shared;
	}

	@Override
	public List<ExportFile> files(Membership coordinator) {
		return this.shared.findByCollectiveIdOrderBySharedAtDesc(coordinator.collective())
			.stream()
			.map((report) -> new ExportFile(
					"reports/shared-" + report.sharedAt().toString().substring(0, 10) + "-" + report.id() + ".csv",
					report.csv().getBytes(StandardCharsets.UTF_8)))
			.toList();
	}

}
