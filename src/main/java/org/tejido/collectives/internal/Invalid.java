package org.tejido.collectives.internal;

import org.springframework.http.HttpStatus;

import org.tejido.site.Refused;

/**
 * Input a collective cannot keep, with the message key that says why; answered with a 422
 * unless a form shows it beside what was typed.
 */
public class Invalid extends Refused {

	Invalid(String messageKey) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey);
	}

}
