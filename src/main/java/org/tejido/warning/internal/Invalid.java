package org.tejido.warning.internal;

import org.springframework.http.HttpStatus;

import org.tejido.site.Refused;

/**
 * Input an alert, protocol or template cannot take, with the message key that says why
 * (422 unless a form shows it beside what was typed).
 */
public class Invalid extends Refused {

	public Invalid(String messageKey, Object... args) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, args);
	}

}
