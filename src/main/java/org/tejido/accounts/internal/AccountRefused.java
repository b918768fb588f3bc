package org.tejido.accounts.internal;

/**
 * An account cannot be created or changed as asked; the message is a key of the
 * {@code i18n/messages} bundles.
 */
public class AccountRefused extends RuntimeException {

	private final String messageKey;

	public AccountRefused(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
