package org.tejido.reports.internal;

import org.springframework.http.HttpStatus;

import org.tejido.site.Refused;

/**
 * A report asked for with a period, precision, threshold or choice it cannot have: 422.
 */
public class Invalid extends Refused {

	public Invalid(String messageKey, Object... args) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, args);
	}

}
