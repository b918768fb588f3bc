package org.tejido.library.sms;

import org.jspecify.annotations.Nullable;

/**
 * What a text to the library asks for.
 *
 * @param kind the command
 * @param lang the language of its keyword, which the reply is written in; none when the
 * text had no keyword the library knows
 * @param words the search words ({@link Kind#FIND}), or what followed an unknown keyword
 * @param number the page ({@link Kind#MORE}) or the resource's code ({@link Kind#GET},
 * {@link Kind#SEND}), if one was given
 * @param email the address to send to ({@link Kind#SEND}), as written
 */
record SmsCommand(Kind kind, @Nullable String lang, String words, @Nullable Integer number, String email) {

	enum Kind {

		/** Search for words. */
		FIND,
		/** Another page of the last search. */
		MORE,
		/** A resource's summary. */
		GET,
		/** A resource's files by e-mail. */
		SEND,
		/** The list of commands. */
		HELP,
		/** An empty text, or one that starts with no known keyword. */
		UNKNOWN

	}

}
