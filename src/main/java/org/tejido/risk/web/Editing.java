package org.tejido.risk.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import org.tejido.collectives.Membership;
import org.tejido.risk.internal.AssessmentView;
import org.tejido.risk.internal.Assessments;
import org.tejido.site.NotFound;
import org.tejido.site.Refused;

/**
 * The gate of every editing route: 404 to whoever may not read, 403 to readers who do not
 * coordinate.
 */
final class Editing {

	private Editing() {
	}

	static AssessmentView editable(Assessments assessments, Membership membership, UUID assessment) {
		AssessmentView view = assessments.readable(membership, assessment).orElseThrow(NotFound::new);
		if (!assessments.mayEdit(membership, assessment)) {
			throw new Refused(HttpStatus.FORBIDDEN, "risk.coordinators-edit");
		}
		return view;
	}

}
