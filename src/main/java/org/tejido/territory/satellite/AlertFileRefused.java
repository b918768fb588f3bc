package org.tejido.territory.satellite;

import java.util.List;

/**
 * A whole alerts file refused: too large (413), not a known format (415) or without a
 * single usable row (422). Nothing of it is kept.
 */
public class AlertFileRefused extends RuntimeException {

	private final String messageKey;

	private final int status;

	private final List<String> args;

	AlertFileRefused(int status, String reason, String... args) {
		super("territory.satellite.refused." + reason);
		this.messageKey = "territory.satellite.refused." + reason;
		this.status = status;
		this.args = List.of(args);
	}

	/** Key of the explanation in the territory bundle. */
	public String messageKey() {
		return this.messageKey;
	}

	/** The HTTP status to answer with: 413, 415 or 422. */
	public int status() {
		return this.status;
	}

	public List<String> args() {
		return this.args;
	}

}
