package org.tejido.territory.internal;

import org.springframework.http.HttpStatus;

import org.tejido.site.Refused;

/**
 * Input the territory cannot take (a place, an area, an observation, a patrol, a batch),
 * with the message key (and its arguments) that says what is wrong and where: 422.
 */
public class Invalid extends Refused {

	public Invalid(String messageKey, Object... args) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, args);
	}

}
