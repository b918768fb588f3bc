package org.tejido.risk.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A threat as the collective analysed it in five steps (facts, pattern, objective,
 * source, feasibility), its vulnerabilities and capacities, and its estimate.
 *
 * @param sourceActor the actor the source points to, if any
 * @param sourceName that actor's name when it was chosen
 * @param likelihood 1–5
 * @param impact 1–5
 * @param references alerts and observations kept as facts
 */
public record Threat(UUID id, String title, String facts, String pattern, String objective, String source,
		@Nullable UUID sourceActor, String sourceName, String feasibility, int likelihood, int impact,
		List<FactRef> references, List<PlaceMention> places, List<Item> vulnerabilities, List<Item> capacities) {

	public int score() {
		return this.likelihood * this.impact;
	}

	public RiskBand band() {
		return RiskBand.of(score());
	}

	public Explanation explanation() {
		return Explanation.of(this.likelihood, this.vulnerabilities.size(), this.capacities.size());
	}

	public List<Item> vulnerabilitiesOf(Group group) {
		return this.vulnerabilities.stream().filter((item) -> item.group().equals(group.code())).toList();
	}

	public List<Item> capacitiesOf(Group group) {
		return this.capacities.stream().filter((item) -> item.group().equals(group.code())).toList();
	}

}
