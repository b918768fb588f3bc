package org.tejido.collectives.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a collective keeps about one of its people. Contacts are already checked and in
 * their normal form (E.164 for phone numbers); empty strings mean "not given".
 *
 * @param name a display name, which may be a pseudonym
 * @param phone a phone number in E.164 form
 * @param email an e-mail address
 * @param lang the language messages to them are written in
 * @param attributes attributes the collective records, given with consent
 * @param notes the coordinators' notes
 */
public record MemberDetails(String name, String phone, String email, String lang, Map<String, String> attributes,
		String notes) {

	static String joined(Map<String, String> attributes) {
		return attributes.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "\t" + entry.getValue())
			.collect(Collectors.joining("\n"));
	}

	static Map<String, String> split(String joined) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Arrays.stream(joined.split("\n"))
			.map((line) -> line.split("\t", 2))
			.filter((parts) -> parts.length == 2)
			.forEach((parts) -> attributes.put(parts[0], parts[1]));
		return attributes;
	}

}
