package org.tejido.risk.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads vulnerabilities or capacities typed one per line, a box per group, keeping the id
 * of every line whose group and words were already there: an edit that leaves a line
 * alone leaves it the same item, so reviews can be compared.
 */
public final class Items {

	static final int MOST_PER_GROUP = 40;

	static final int LONGEST_LINE = 300;

	private Items() {
	}

	/**
	 * @param typed the text of each group's box, by group
	 * @throws Invalid if a box has too many lines or a line is too long
	 */
	public static List<Item> read(List<Item> before, Map<Group, String> typed) {
		List<Item> kept = new ArrayList<>();
		for (Group group : Group.values()) {
			for (String line : lines(typed.getOrDefault(group, ""))) {
				kept.add(new Item(idFor(before, group, line), group.code(), line));
			}
		}
		return kept;
	}

	/** The lines of a group, as they go back into its box. */
	public static String text(List<Item> items, Group group) {
		return String.join("\n",
				items.stream().filter((item) -> item.group().equals(group.code())).map(Item::text).toList());
	}

	/** Every group's box, as it goes back into the form. */
	public static Map<Group, String> texts(List<Item> items) {
		Map<Group, String> texts = new java.util.EnumMap<>(Group.class);
		for (Group group : Group.values()) {
			texts.put(group, text(items, group));
		}
		return texts;
	}

	private static Set<String> lines(String text) {
		Set<String> lines = new LinkedHashSet<>();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.length() > LONGEST_LINE) {
				throw new Invalid("risk.items.line-too-long", LONGEST_LINE);
			}
			if (!trimmed.isEmpty()) {
				lines.add(trimmed);
			}
		}
		if (lines.size() > MOST_PER_GROUP) {
			throw new Invalid("risk.items.too-many", MOST_PER_GROUP);
		}
		return lines;
	}

	private static UUID idFor(List<Item> before, Group group, String line) {
		return before.stream()
			.filter((item) -> item.group().equals(group.code()) && item.text().equals(line))
			.map(Item::id)
			.findFirst()
			.orElseGet(UUID::randomUUID);
	}

}
