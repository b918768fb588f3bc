package org.tejido.risk.internal;

import org.springframework.http.HttpStatus;

import org.tejido.site.Refused;

/**
 * Input an assessment cannot take, with the message key that says what is wrong: 422.
 */
public class Invalid extends Refused {

	public Invalid(String messageKey, Object... args) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, args);
	}

}
