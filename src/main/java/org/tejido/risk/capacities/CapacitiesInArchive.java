package org.tejido.risk.capacities;

import java.util.List;

import org.springframework.stereotype.Component;

import org.tejido.collectives.CollectiveExportPart;
import org.tejido.collectives.Membership;

/** The capacity checks in the collective's export, as {@code capacities/checks.json}. */
@Component
class CapacitiesInArchive implements CollectiveExportPart {

	private final CheckDesk desk;

	private final ChecksJson json;

	CapacitiesInArchive(CheckDesk desk, ChecksJson json) {
		this.desk = desk;
		this.json = json;
	}

	@Override
	public List<ExportFile> files(Membership coordinator) {
		return List.of(new ExportFile("capacities/checks.json", this.json.of(this.desk.all(coordinator))));
	}

}
