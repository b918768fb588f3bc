package org.tejido.risk.capacities;

import org.springframework.http.HttpStatus;

import org.tejido.site.Refused;

/**
 * A check the collective cannot keep as given, with the message key (and its arguments)
 * that says what is wrong: 422.
 */
public class Invalid extends Refused {

	public Invalid(String messageKey, Object... args) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, args);
	}

}
