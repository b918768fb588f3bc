package org.tejido.network.internal;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Membership;
import org.tejido.network.graph.Indicator;
import org.tejido.risk.RiskRegister;
import org.tejido.risk.RiskRegister.AssessmentRef;
import org.tejido.site.NotFound;

/**
 * A flagged indicator made a vulnerability of a risk assessment, its suggestion a
 * candidate measure, in one transaction with its line in the activity chain.
 */
@Service
public class RiskFindings {

	private final NetworkDesk desk;

	private final ObjectProvider<RiskRegister> register;

	RiskFindings(NetworkDesk desk, ObjectProvider<RiskRegister> register) {
		this.desk = desk;
		this.register = register;
	}

	/** The assessments a coordinator may add a finding to; none without a risk module. */
	@Transactional(readOnly = true)
	public List<AssessmentRef> assessments(Membership coordinator) {
		RiskRegister risk = this.register.getIfAvailable();
		return (risk == null || !coordinator.isCoordinator()) ? List.of() : risk.readable(coordinator);
	}

	public boolean available() {
		return this.register.getIfAvailable() != null;
	}

	/**
	 * Adds today's flagged indicator {@code code} to an assessment, or to a new one.
	 * @return the assessment it was added to
	 */
	@Transactional
	public UUID add(Membership coordinator, String code, @Nullable UUID assessment,
			Function<Indicator, RiskRegister.Finding> words) {
		RiskRegister risk = this.register.getIfAvailable();
		if (risk == null) {
			throw new NotFound();
		}
		Indicator indicator = this.desk.indicators(coordinator)
			.stream()
			.filter((it) -> it.code().equals(code) && it.flagged())
			.findFirst()
			.orElseThrow(() -> new Invalid("network.indicators.not-flagged"));
		UUID added = risk.addFinding(coordinator, assessment, words.apply(indicator));
		this.desk.recordFinding(coordinator, added);
		return added;
	}

}
