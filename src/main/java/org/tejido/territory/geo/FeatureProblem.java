package org.tejido.territory.geo;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Why one feature cannot be kept; the reading goes on with the next. */
final class FeatureProblem extends RuntimeException {

	private final String key;

	private final List<Object> arguments;

	FeatureProblem(String key, Object... arguments) {
		super(key, null, false, false);
		this.key = key;
		this.arguments = List.of(arguments);
	}

	GeoProblem about(int feature, @Nullable String name) {
		return new GeoProblem(feature, name, this.key, this.arguments);
	}

}
