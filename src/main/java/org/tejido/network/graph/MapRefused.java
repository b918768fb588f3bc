package org.tejido.network.graph;

import java.util.List;

/**
 * A map, a relation or a file that cannot be taken, with the message key (in the
 * {@code network} bundle) and arguments that say what is wrong and where.
 */
public class MapRefused extends RuntimeException {

	private final String key;

	private final List<Object> arguments;

	public MapRefused(String key, Object... arguments) {
		super(key, null, false, false);
		this.key = key;
		this.arguments = List.of(arguments);
	}

	public String key() {
		return this.key;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
