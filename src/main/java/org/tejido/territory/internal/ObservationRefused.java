package org.tejido.territory.internal;

import org.springframework.http.HttpStatus;

import org.tejido.site.Refused;

/**
 * An observation or patrol that cannot be kept as typed (422); the message key of the
 * territory bundles says why, in the reader's language.
 */
public class ObservationRefused extends Refused {

	public ObservationRefused(String messageKey, Object... arguments) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, arguments);
	}

}
