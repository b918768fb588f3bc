package org.tejido.warning.internal;

import java.util.Locale;

/**
 * What an alert is about, with the CAP 1.2 category it maps to.
 */
public enum Category {

	STRANGERS("Security"), THREAT("Security"), EVICTION("Security"), ATTACK("Security"), EXTRACTION("Env"),
	SMEAR("Other"), ARREST("Security"), OTHER("Other");

	private final String capCategory;

	Category(String capCategory) {
		this.capCategory = capCategory;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Every code, in the order the forms offer them. */
	public static java.util.List<String> codes() {
		return java.util.Arrays.stream(values()).map((value) -> value.code()).toList();
	}

	String capCategory() {
		return this.capCategory;
	}

	static Category fromCode(String code) {
		for (Category category : values()) {
			if (category.code().equals(code)) {
				return category;
			}
		}
		throw new Invalid("alerts.category-unknown");
	}

}
