package org.tejido.territory.geo;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong (or mended) in one feature of a file.
 *
 * @param feature the feature's number in the file, from 1
 * @param name the feature's name, if it has one
 * @param key a message key of the territory bundle
 * @param arguments the message's arguments, in order
 */
public record GeoProblem(int feature, @Nullable String name, String key, List<Object> arguments) {

	public GeoProblem {
		arguments = List.copyOf(arguments);
	}

}
