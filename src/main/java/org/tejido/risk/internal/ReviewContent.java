package org.tejido.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * What one review holds, sealed as one JSON document: the threats, the vulnerabilities
 * and capacities of the whole collective (not tied to one threat), and the candidate
 * measures the plan may take up.
 */
public record ReviewContent(List<Threat> threats, List<Item> vulnerabilities, List<Item> capacities,
		List<Candidate> candidates) {

	public ReviewContent {
		threats = List.copyOf(threats);
		vulnerabilities = List.copyOf(vulnerabilities);
		capacities = List.copyOf(capacities);
		candidates = List.copyOf(candidates);
	}

	static ReviewContent empty() {
		return new ReviewContent(List.of(), List.of(), List.of(), List.of());
	}

	public Optional<Threat> threat(UUID id) {
		return this.threats.stream().filter((threat) -> threat.id().equals(id)).findFirst();
	}

	ReviewContent withThreat(Threat threat) {
		List<Threat> changed = new ArrayList<>();
		boolean replaced = false;
		for (Threat existing : this.threats) {
			if (existing.id().equals(threat.id())) {
				changed.add(threat);
				replaced = true;
			}
			else {
				changed.add(existing);
			}
		}
		if (!replaced) {
			changed.add(threat);
		}
		return new ReviewContent(changed, this.vulnerabilities, this.capacities, this.candidates);
	}

	ReviewContent withoutThreat(UUID id) {
		return new ReviewContent(this.threats.stream().filter((threat) -> !threat.id().equals(id)).toList(),
				this.vulnerabilities, this.capacities, this.candidates);
	}

	ReviewContent withCollective(List<Item> vulnerabilities, List<Item> capacities) {
		return new ReviewContent(this.threats, vulnerabilities, capacities, this.candidates);
	}

	ReviewContent withCandidates(UnaryOperator<List<Candidate>> change) {
		return new ReviewContent(this.threats, this.vulnerabilities, this.capacities,
				change.apply(new ArrayList<>(this.candidates)));
	}

}
