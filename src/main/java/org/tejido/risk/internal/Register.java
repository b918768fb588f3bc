package org.tejido.risk.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import org.tejido.collectives.Membership;
import org.tejido.risk.RiskRegister;

/** The risk register other modules read and add findings to, over {@link Assessments}. */
@Service
class Register implements RiskRegister {

	private final Assessments assessments;

	Register(Assessments assessments) {
		this.assessments = assessments;
	}

	@Override
	public List<AssessmentRef> readable(Membership membership) {
		return this.assessments.readable(membership)
			.stream()
			.map((view) -> new AssessmentRef(view.id(), view.title(), view.latest().heldOn()))
			.toList();
	}

	@Override
	public UUID addFinding(Membership coordinator, @Nullable UUID assessment, Finding finding) {
		return this.assessments.addFinding(coordinator, assessment, finding.source(), finding.vulnerability(),
				finding.suggestion());
	}

}
