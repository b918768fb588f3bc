package org.tejido.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed from one review to the next: threats added and removed, risks that went up
 * or down, and vulnerabilities and capacities added or removed (of a threat kept in both,
 * or of the whole collective). Threats and items are the same across reviews when their
 * ids are, which editing keeps.
 *
 * @param moved threats whose score (likelihood × impact) changed
 * @param items vulnerabilities and capacities added or removed
 */
public record ReviewChanges(List<Threat> added, List<Threat> removed, List<Move> moved, List<ItemChange> items) {

	static ReviewChanges none() {
		return new ReviewChanges(List.of(), List.of(), List.of(), List.of());
	}

	public boolean isEmpty() {
		return this.added.isEmpty() && this.removed.isEmpty() && this.moved.isEmpty() && this.items.isEmpty();
	}

	/** A threat whose risk went up or down, with its score and band before and after. */
	public record Move(UUID threat, String title, int before, RiskBand bandBefore, int after, RiskBand bandAfter) {

		public boolean up() {
			return this.after > this.before;
		}

	}

	/**
	 * A vulnerability or capacity added or removed.
	 *
	 * @param threat the title of the threat it belongs to, or empty for the whole
	 * collective
	 * @param kind {@code vulnerability} or {@code capacity}
	 */
	public record ItemChange(String threat, String kind, boolean added, Item item) {
	}

	public static ReviewChanges between(ReviewContent before, ReviewContent after) {
		Map<UUID, Threat> old = byId(before.threats());
		Map<UUID, Threat> now = byId(after.threats());
		List<Threat> added = after.threats().stream().filter((threat) -> !old.containsKey(threat.id())).toList();
		List<Threat> removed = before.threats().stream().filter((threat) -> !now.containsKey(threat.id())).toList();
		List<Move> moved = new ArrayList<>();
		List<ItemChange> items = new ArrayList<>();
		for (Threat threat : after.threats()) {
			Threat was = old.get(threat.id());
			if (was == null) {
				continue;
			}
			if (was.score() != threat.score()) {
				moved
					.add(new Move(threat.id(), threat.title(), was.score(), was.band(), threat.score(), threat.band()));
			}
			compare(threat.title(), "vulnerability", was.vulnerabilities(), threat.vulnerabilities(), items);
			compare(threat.title(), "capacity", was.capacities(), threat.capacities(), items);
		}
		compare("", "vulnerability", before.vulnerabilities(), after.vulnerabilities(), items);
		compare("", "capacity", before.capacities(), after.capacities(), items);
		return new ReviewChanges(added, removed, moved, items);
	}

	private static void compare(String threat, String kind, List<Item> before, List<Item> after,
			List<ItemChange> into) {
		Set<UUID> old = before.stream().map(Item::id).collect(Collectors.toSet());
		Set<UUID> now = after.stream().map(Item::id).collect(Collectors.toSet());
		after.stream()
			.filter((item) -> !old.contains(item.id()))
			.forEach((item) -> into.add(new ItemChange(threat, kind, true, item)));
		before.stream()
			.filter((item) -> !now.contains(item.id()))
			.forEach((item) -> into.add(new ItemChange(threat, kind, false, item)));
	}

	private static Map<UUID, Threat> byId(List<Threat> threats) {
		return threats.stream().collect(Collectors.toMap(Threat::id, Function.identity(), (a, b) -> a));
	}

}
