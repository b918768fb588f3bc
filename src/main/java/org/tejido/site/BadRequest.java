package org.tejido.site;

import org.springframework.http.HttpStatus;

/**
 * A request that cannot be answered as asked (400), with a message that says why.
 */
public class BadRequest extends Refused {

	public BadRequest(String messageKey, Object... args) {
		super(HttpStatus.BAD_REQUEST, messageKey, args);
	}

}
