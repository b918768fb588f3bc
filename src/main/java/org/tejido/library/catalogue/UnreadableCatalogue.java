package org.tejido.library.catalogue;

import java.util.List;

/**
 * A catalogue file that cannot be read at all (not CSV or JSON, no title column, ...).
 * The message is a key of the {@code i18n/messages} bundles.
 */
public class UnreadableCatalogue extends RuntimeException {

	private final String messageKey;

	private final transient List<Object> args;

	public UnreadableCatalogue(String messageKey, Object... args) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public List<Object> args() {
		return this.args;
	}

}
