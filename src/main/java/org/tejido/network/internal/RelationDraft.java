package org.tejido.network.internal;

import org.tejido.network.graph.Edge;
import org.tejido.network.graph.RelationType;

/** A relation as a coordinator fills it in: from one node to another. */
public record RelationDraft(String source, String target, String type, String strength, boolean hidden) {

	public static RelationDraft blank() {
		return new RelationDraft("", "", "knows", "3", false);
	}

	Edge edge(String id) {
		RelationType chosen = RelationType.fromCode(this.type)
			.filter(RelationType.recorded()::contains)
			.orElseThrow(() -> new Invalid("network.refused.value", "", "type", this.type));
		int weight;
		try {
			weight = Integer.parseInt(this.strength.strip());
		}
		catch (NumberFormatException ex) {
			throw new Invalid("network.refused.strength", this.strength);
		}
		if (weight < 1 || weight > 5) {
			throw new Invalid("network.refused.strength", this.strength);
		}
		return new Edge(id, this.source.strip(), this.target.strip(), chosen, weight, this.hidden);
	}

}
