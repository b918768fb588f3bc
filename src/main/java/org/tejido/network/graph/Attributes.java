package org.tejido.network.graph;

import java.util.Map;
import java.util.function.Function;

/**
 * Nodes and relations from the attributes a file gives them (the same names in CSV,
 * GraphML and GEXF), each value checked and a wrong one named with where it stands.
 */
final class Attributes {

	static final String VISIBLE = "visible";

	static final String HIDDEN = "hidden";

	private Attributes() {
	}

	static Node node(String id, String label, Map<String, String> values, String where) {
		NodeKind kind = parsed(values, "kind", "person", NodeKind::fromCode, where);
		return new Node(id.trim(), label.trim(), kind, parsed(values, "level", "local", Level::fromCode, where),
				parsed(values, "stance", kind.isActor() ? "unknown" : "ally", Stance::fromCode, where),
				number(values, "influence", "1", where), hidden(values, where), values.getOrDefault("notes", ""));
	}

	static Edge edge(String id, String source, String target, Map<String, String> values, String where) {
		return new Edge(id.trim(), source.trim(), target.trim(),
				parsed(values, "type", "knows", RelationType::fromCode, where), number(values, "weight", "1", where),
				hidden(values, where));
	}

	private static boolean hidden(Map<String, String> values, String where) {
		String visibility = values.getOrDefault("visibility", VISIBLE).trim();
		if (!visibility.equals(VISIBLE) && !visibility.equals(HIDDEN) && !visibility.isEmpty()) {
			throw new MapRefused("network.refused.value", where, "visibility", visibility);
		}
		return visibility.equals(HIDDEN);
	}

	private static <T> T parsed(Map<String, String> values, String name, String fallback,
			Function<String, java.util.Optional<T>> parser, String where) {
		String value = values.getOrDefault(name, "").trim();
		return parser.apply(value.isEmpty() ? fallback : value)
			.orElseThrow(() -> new MapRefused("network.refused.value", where, name, value));
	}

	private static int number(Map<String, String> values, String name, String fallback, String where) {
		String value = values.getOrDefault(name, "").trim();
		try {
			double number = Double.parseDouble(value.isEmpty() ? fallback : value);
			if (number != Math.rint(number) || Math.abs(number) > 1000) {
				throw new NumberFormatException(value);
			}
			return (int) number;
		}
		catch (NumberFormatException ex) {
			throw new MapRefused("network.refused.value", where, name, value);
		}
	}

	static String visibility(boolean hidden) {
		return hidden ? HIDDEN : VISIBLE;
	}

}
