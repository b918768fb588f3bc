package org.tejido.territory.geo;

import java.util.List;

/**
 * A file refused as a whole: too large (413), not a geographic file (415), unreadable
 * (422), or carrying a DOCTYPE or entity (400). Nothing of it is to be kept.
 */
public class GeoFileRefused extends RuntimeException {

	private final String key;

	private final int status;

	private final List<Object> arguments;

	public GeoFileRefused(int status, String key, Object... arguments) {
		super(key);
		this.status = status;
		this.key = key;
		this.arguments = List.of(arguments);
	}

	/** The message key in the territory bundle. */
	public String key() {
		return this.key;
	}

	/** The HTTP status to answer with. */
	public int status() {
		return this.status;
	}

	/** The message's arguments. */
	public List<Object> arguments() {
		return this.arguments;
	}

}
