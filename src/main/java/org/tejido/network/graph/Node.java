package org.tejido.network.graph;

/**
 * A node of the map: an actor, or a member or sub-group of the collective (whose level,
 * stance and influence are those of the collective itself: local, ally, 1).
 *
 * @param id its id, unique in the map
 * @param label its name
 * @param influence from 1 (little) to 5 (decisive)
 * @param hidden whether its power works in the shadow
 */
public record Node(String id, String label, NodeKind kind, Level level, Stance stance, int influence, boolean hidden,
		String notes) {

	public static Node member(String id, String label) {
		return new Node(id, label, NodeKind.MEMBER, Level.LOCAL, Stance.ALLY, 1, false, "");
	}

	public static Node group(String id, String label) {
		return new Node(id, label, NodeKind.GROUP, Level.LOCAL, Stance.ALLY, 1, false, "");
	}

	public boolean isActor() {
		return this.kind.isActor();
	}

	/** A member or a sub-group of the collective. */
	public boolean inCollective() {
		return !this.kind.isActor();
	}

	public boolean isAllyActor() {
		return isActor() && this.stance == Stance.ALLY;
	}

}
