package org.tejido.risk.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import org.tejido.collectives.CollectiveExportPart;
import org.tejido.collectives.Membership;

/**
 * The protection plans in the collective's export: those of the assessments the exporting
 * coordinator may read, as {@code risk/plans.json}.
 */
@Component
class PlansInArchive implements CollectiveExportPart {

	private final PlanJson json;

	PlansInArchive(PlanJson json) {
		this.json = json;
	}

	@Override
	public List<ExportFile> files(Membership coordinator) {
		return List.of(new ExportFile("risk/plans.json", this.json.all(coordinator)));
	}

}
