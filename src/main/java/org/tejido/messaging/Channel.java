package org.tejido.messaging;

/**
 * A way to reach a person.
 */
public enum Channel {

	SMS, EMAIL, INBOX;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
