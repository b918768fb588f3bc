package org.tejido.site;

/**
 * Thrown where what was asked for does not exist; answered with a 404 page in the
 * reader's language (or a JSON error under {@code /api/}).
 */
public class NotFound extends RuntimeException {

	public NotFound() {
		super("not found", null, false, false);
	}

}
