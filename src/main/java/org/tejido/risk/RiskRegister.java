package org.tejido.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tejido.collectives.Membership;

/**
 * What other modules may read of, and add to, a collective's risk assessments: findings
 * made elsewhere (a weakness of the support network) become vulnerabilities of the
 * collective, with their suggestion as a candidate protection measure.
 */
public interface RiskRegister {

	/** The assessments this member may read, the most recently reviewed first. */
	List<AssessmentRef> readable(Membership membership);

	/**
	 * Adds a finding to an assessment's latest review as a vulnerability of the whole
	 * collective, and its suggestion as a candidate measure of the plan. Only a
	 * coordinator may; an assessment they may not read answers as if it did not exist.
	 * @param assessment the assessment to add it to, or {@code null} for a new assessment
	 * titled after the finding's source
	 * @return the assessment the finding was added to
	 * @throws org.tejido.site.NotFound if the assessment is not one the coordinator may
	 * read
	 */
	UUID addFinding(Membership coordinator, @Nullable UUID assessment, Finding finding);

	/** An assessment, named, with the date of its latest review. */
	record AssessmentRef(UUID id, String title, LocalDate reviewedOn) {
	}

	/**
	 * A finding made outside the assessment.
	 *
	 * @param source where it comes from, for people (e.g. "Network indicators,
	 * 2026-12-03")
	 * @param vulnerability the weakness found, in the reader's language
	 * @param suggestion what the collective could do about it, in the reader's language
	 */
	record Finding(String source, String vulnerability, String suggestion) {
	}

}
