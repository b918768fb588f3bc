package org.tejido.risk.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import org.tejido.collectives.CollectiveExportPart;
import org.tejido.collectives.Membership;

/**
 * The risk assessments in the collective's export: those the exporting coordinator may
 * read, with all their reviews, as {@code risk/assessments.json}.
 */
@Component
class AssessmentsInArchive implements CollectiveExportPart {

	private final AssessmentJson json;

	AssessmentsInArchive(AssessmentJson json) {
		this.json = json;
	}

	@Override
	public List<ExportFile> files(Membership coordinator) {
		return List.of(new ExportFile("risk/assessments.json", this.json.all(coordinator)));
	}

}
