package org.tejido.network.internal;

import org.tejido.network.graph.Level;
import org.tejido.network.graph.Node;
import org.tejido.network.graph.NodeKind;
import org.tejido.network.graph.Stance;

/** An actor as a coordinator fills it in, checked field by field. */
public record ActorDraft(String name, String kind, String level, String stance, String influence, boolean hidden,
		String notes) {

	public static ActorDraft blank() {
		return new ActorDraft("", "organisation", "local", "unknown", "3", false, "");
	}

	public static ActorDraft of(Node actor) {
		return new ActorDraft(actor.label(), actor.kind().code(), actor.level().code(), actor.stance().code(),
				String.valueOf(actor.influence()), actor.hidden(), actor.notes());
	}

	Node node(String id) {
		String trimmed = this.name.strip();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw new Invalid("network.actor.name-required");
		}
		NodeKind chosen = NodeKind.fromCode(this.kind)
			.filter(NodeKind::isActor)
			.orElseThrow(() -> new Invalid("network.refused.value", trimmed, "kind", this.kind));
		return new Node(id, trimmed, chosen,
				Level.fromCode(this.level)
					.orElseThrow(() -> new Invalid("network.refused.value", trimmed, "level", this.level)),
				Stance.fromCode(this.stance)
					.orElseThrow(() -> new Invalid("network.refused.value", trimmed, "stance", this.stance)),
				influence(trimmed), this.hidden,
				this.notes.strip().substring(0, Math.min(2000, this.notes.strip().length())));
	}

	private int influence(String name) {
		try {
			int value = Integer.parseInt(this.influence.strip());
			if (value >= 1 && value <= 5) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// named below
		}
		throw new Invalid("network.refused.influence", name, this.influence);
	}

}
