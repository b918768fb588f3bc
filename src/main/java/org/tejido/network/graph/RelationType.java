package org.tejido.network.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a directed relation says. {@code MEMBER_OF} ties a member to their sub-group and
 * is derived from the collective's sub-groups, never recorded; {@code KNOWS} is a
 * member's (or an actor's) working contact with another node.
 */
public enum RelationType {

	FUNDS, COMMANDS, PROTECTS, THREATENS, INFORMS, ALLIED_WITH, KNOWS, MEMBER_OF;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether the relation carries support (everything but a threat). */
	public boolean supports() {
		return this != THREATENS;
	}

	/** The types a person may record. */
	public static List<RelationType> recorded() {
		return Arrays.stream(values()).filter((type) -> type != MEMBER_OF).toList();
	}

	public static Optional<RelationType> fromCode(String code) {
		return Arrays.stream(values()).filter((type) -> type.code().equals(code.trim())).findFirst();
	}

}
