package org.tejido.risk.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import org.tejido.risk.internal.Group;
import org.tejido.risk.internal.ThreatInput;

/**
 * Reads a threat form: the five steps, the estimate, a box per group for vulnerabilities
 * ({@code v_<group>}) and for capacities ({@code c_<group>}), and the facts and places
 * ticked.
 */
final class ThreatForm {

	private ThreatForm() {
	}

	static ThreatInput read(MultiValueMap<String, String> form) {
		Map<Group, String> vulnerabilities = new EnumMap<>(Group.class);
		Map<Group, String> capacities = new EnumMap<>(Group.class);
		for (Group group : Group.values()) {
			vulnerabilities.put(group, one(form, "v_" + group.code()));
			capacities.put(group, one(form, "c_" + group.code()));
		}
		return new ThreatInput(one(form, "title"), one(form, "facts_text"), one(form, "pattern"),
				one(form, "objective"), one(form, "source"), one(form, "source_actor"), one(form, "feasibility"),
				one(form, "likelihood"), one(form, "impact"), vulnerabilities, capacities, many(form, "fact"),
				many(form, "place"));
	}

	static long version(MultiValueMap<String, String> form) {
		try {
			return Long.parseLong(one(form, "version"));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	static String one(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return (value != null) ? value : "";
	}

	private static List<String> many(MultiValueMap<String, String> form, String name) {
		List<String> values = form.get(name);
		return (values != null) ? List.copyOf(values) : List.of();
	}

}
