package org.tejido.library.catalogue;

import java.util.List;

/**
 * Why a row cannot be imported: the column at fault and a message (a key of the
 * {@code i18n/messages} bundles with its arguments), so that reports read in the reader's
 * language.
 */
public record Problem(String column, String messageKey, List<Object> args) {

	static Problem of(String column, String messageKey, Object... args) {
		return new Problem(column, messageKey, List.of(args));
	}

}
