package org.tejido.site;

import org.springframework.http.HttpStatus;

/**
 * Thrown when a request is refused; answered with its status and the message of
 * {@code messageKey} in the reader's language, as a page or, under {@code /api/}, as
 * JSON.
 */
public class Refused extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final transient Object[] args;

	public Refused(HttpStatus status, String messageKey, Object... args) {
		super(messageKey, null, false, false);
		this.status = status;
		this.messageKey = messageKey;
		this.args = args;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args;
	}

}
