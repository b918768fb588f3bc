package org.tejido.training.internal;

import java.util.List;

/**
 * What is wrong with one field of a form, as a key of the {@code i18n/messages} bundles.
 */
public record FieldProblem(String field, String messageKey, List<Object> args) {

	static FieldProblem of(String field, String messageKey, Object... args) {
		return new FieldProblem(field, messageKey, List.of(args));
	}

}
