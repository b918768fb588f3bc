package org.tejido.territory.internal;

import org.springframework.http.HttpStatus;

import org.tejido.site.Refused;

/**
 * Input a place or an area cannot take, with the message key (and its arguments) that
 * says what is wrong and where: 422.
 */
public class Invalid extends Refused {

	public Invalid(String messageKey, Object... args) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, args);
	}

}
