package org.tejido.collectives.internal;

import java.util.Arrays;
import java.util.List;

/**
 * What a collective says of itself.
 *
 * @param name its name, which may be a pseudonym
 * @param description a few words on who it is
 * @param territory the name of its territory
 * @param languages the languages it works in, in its own words
 * @param recordedAttributes the attributes of members it has chosen to record, with each
 * member's consent (for example gender, age group)
 */
public record CollectiveDetails(String name, String description, String territory, String languages,
		List<String> recordedAttributes) {

	static final int MAX_NAME = 120;

	static final int MAX_TEXT = 2000;

	public static CollectiveDetails of(String name, String description, String territory, String languages,
			String recordedAttributes) {
		return new CollectiveDetails(name.strip(), description.strip(), territory.strip(), languages.strip(),
				list(recordedAttributes.replace('\n', ',')));
	}

	static List<String> list(String joined) {
		return Arrays.stream(joined.split(","))
			.map(String::strip)
			.filter((item) -> !item.isEmpty())
			.distinct()
			.toList();
	}

	/** The message key of what is wrong, or null when all is well. */
	@org.jspecify.annotations.Nullable
	String problem() {
		if (this.name.isEmpty()) {
			return "collectives.name-required";
		}
		if (this.name.length() > MAX_NAME || this.territory.length() > MAX_NAME || this.languages.length() > MAX_NAME
				|| this.description.length() > MAX_TEXT) {
			return "collectives.too-long";
		}
		if (this.recordedAttributes.size() > 10 || this.recordedAttributes.stream().anyMatch((a) -> a.length() > 40)) {
			return "collectives.attributes-invalid";
		}
		return null;
	}

}
