package org.tejido.warning.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tejido.collectives.CollectivePeople.Person;
import org.tejido.collectives.CollectiveRole;

/**
 * Who a tier's targets name, among a collective's people: each person once.
 */
final class Recipients {

	private Recipients() {
	}

	static List<Person> of(List<String> targets, List<Person> people) {
		Map<UUID, Person> chosen = new LinkedHashMap<>();
		for (String target : targets) {
			people.stream()
				.filter((person) -> named(target, person))
				.forEach((person) -> chosen.putIfAbsent(person.member(), person));
		}
		return List.copyOf(chosen.values());
	}

	private static UUID idIn(String target) {
		try {
			return UUID.fromString(target.substring(target.indexOf(':') + 1));
		}
		catch (IllegalArgumentException ex) {
			return new UUID(0, 0);
		}
	}

	static boolean named(String target, Person person) {
		return switch (target) {
			case "members" -> person.role() != CollectiveRole.ALLY;
			case "allies" -> person.role() == CollectiveRole.ALLY;
			case "coordinators" -> person.role() == CollectiveRole.COORDINATOR;
			default -> target.startsWith("group:") ? person.groups().contains(idIn(target))
					: target.equals("member:" + person.member());
		};
	}

}
