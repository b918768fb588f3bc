package org.tejido.network.internal;

import org.springframework.http.HttpStatus;

import org.tejido.site.Refused;

/** Input the map cannot take, with the message key and arguments that say why: 422. */
public class Invalid extends Refused {

	public Invalid(String messageKey, Object... args) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, args);
	}

}
