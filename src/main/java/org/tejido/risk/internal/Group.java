package org.tejido.risk.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Who a vulnerability or capacity belongs to: the whole collective, or a group whose
 * risks differ (the gender and intersectional lens of the analysis).
 */
public enum Group {

	COLLECTIVE, WOMEN, YOUTH, ELDERS, LGBTIQ;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Group fromCode(String code) {
		return Arrays.stream(values()).filter((group) -> group.code().equals(code)).findFirst().orElse(COLLECTIVE);
	}

	public static List<Group> all() {
		return List.of(values());
	}

}
