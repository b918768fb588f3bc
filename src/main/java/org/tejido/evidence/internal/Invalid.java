package org.tejido.evidence.internal;

/**
 * Input that cannot be taken; the message key says why, in the reader's language.
 */
public class Invalid extends RuntimeException {

	private final String messageKey;

	public Invalid(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
