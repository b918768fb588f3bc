package org.tejido.warning.internal;

import java.util.Locale;

/**
 * How an alert reached the collective.
 */
public enum Source {

	WEB, SMS, RADIO, IN_PERSON;

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static Source fromCode(String code) {
		for (Source source : values()) {
			if (source.code().equals(code)) {
				return source;
			}
		}
		throw new Invalid("alerts.source-unknown");
	}

}
