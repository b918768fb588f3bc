package org.tejido.risk.internal;

import org.springframework.http.HttpStatus;

import org.tejido.site.Refused;

/**
 * A measure of a protection plan the plan cannot take, with the message key (and its
 * arguments) that says what is wrong: 422.
 */
public class PlanInvalid extends Refused {

	public PlanInvalid(String messageKey, Object... args) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, args);
	}

}
