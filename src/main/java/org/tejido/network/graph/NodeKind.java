package org.tejido.network.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a node of the map is: an actor of one of seven kinds, or a member or sub-group of
 * the collective itself.
 */
public enum NodeKind {

	PERSON, ORGANISATION, COMPANY, STATE, ARMED_GROUP, MEDIA, DONOR, MEMBER, GROUP;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether it stands outside the collective (an actor, not a member or sub-group). */
	public boolean isActor() {
		return this != MEMBER && this != GROUP;
	}

	public static List<NodeKind> actors() {
		return Arrays.stream(values()).filter(NodeKind::isActor).toList();
	}

	public static Optional<NodeKind> fromCode(String code) {
		return Arrays.stream(values()).filter((kind) -> kind.code().equals(code.trim())).findFirst();
	}

}
