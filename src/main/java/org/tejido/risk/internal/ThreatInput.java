package org.tejido.risk.internal;

import java.util.List;
import java.util.Map;

/**
 * A threat form as typed, kept to show again beside what went wrong.
 *
 * @param sourceActor the id of the actor chosen as source, or empty
 * @param likelihood as typed, 1–5
 * @param impact as typed, 1–5
 * @param vulnerabilities each group's box, one item per line
 * @param capacities each group's box, one item per line
 * @param facts the alerts and observations ticked, as {@code alert:<id>} or
 * {@code observation:<id>}
 * @param places the ids of the places ticked
 */
public record ThreatInput(String title, String factsText, String pattern, String objective, String source,
		String sourceActor, String feasibility, String likelihood, String impact, Map<Group, String> vulnerabilities,
		Map<Group, String> capacities, List<String> facts, List<String> places) {

	static final int LONGEST_TITLE = 200;

	static final int LONGEST_TEXT = 4_000;

	public static ThreatInput blank() {
		return new ThreatInput("", "", "", "", "", "", "", "", "", Map.of(), Map.of(), List.of(), List.of());
	}

	public static ThreatInput of(Threat threat) {
		Map<Group, String> vulnerabilities = new java.util.EnumMap<>(Group.class);
		Map<Group, String> capacities = new java.util.EnumMap<>(Group.class);
		for (Group group : Group.values()) {
			vulnerabilities.put(group, Items.text(threat.vulnerabilities(), group));
			capacities.put(group, Items.text(threat.capacities(), group));
		}
		return new ThreatInput(threat.title(), threat.facts(), threat.pattern(), threat.objective(), threat.source(),
				(threat.sourceActor() != null) ? threat.sourceActor().toString() : "", threat.feasibility(),
				Integer.toString(threat.likelihood()), Integer.toString(threat.impact()), vulnerabilities, capacities,
				threat.references().stream().map(FactRef::key).toList(),
				threat.places().stream().map((place) -> place.id().toString()).toList());
	}

	public String vulnerabilitiesOf(Group group) {
		return this.vulnerabilities.getOrDefault(group, "");
	}

	public String capacitiesOf(Group group) {
		return this.capacities.getOrDefault(group, "");
	}

	public boolean ticked(String fact) {
		return this.facts.contains(fact);
	}

	public boolean placed(String place) {
		return this.places.contains(place);
	}

	/**
	 * @throws Invalid if a step is missing or too long, or an estimate is off the scale
	 */
	void check(boolean hasReferences) {
		if (this.title.isBlank()) {
			throw new Invalid("risk.threat.title-missing");
		}
		if (this.title.strip().length() > LONGEST_TITLE) {
			throw new Invalid("risk.threat.title-too-long", LONGEST_TITLE);
		}
		if (this.factsText.isBlank() && !hasReferences) {
			throw new Invalid("risk.threat.facts-missing");
		}
		for (String text : List.of(this.factsText, this.pattern, this.objective, this.source, this.feasibility)) {
			if (text.strip().length() > LONGEST_TEXT) {
				throw new Invalid("risk.threat.text-too-long", LONGEST_TEXT);
			}
		}
		scale(this.likelihood, "risk.threat.likelihood-scale");
		scale(this.impact, "risk.threat.impact-scale");
	}

	static int scale(String typed, String key) {
		try {
			int value = Integer.parseInt(typed.strip());
			if (value >= 1 && value <= 5) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new Invalid(key);
	}

}
