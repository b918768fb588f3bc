package org.tejido.library.contributions;

import java.util.List;

import org.tejido.library.catalogue.Problem;

/**
 * What became of a suggestion.
 */
public sealed interface Intake {

	/** Taken into the moderation queue (or had been, when the same form came twice). */
	record Accepted() implements Intake {
	}

	/** Not taken: the form is shown again with what was typed and these problems. */
	record Invalid(List<Problem> problems) implements Intake {
	}

	/**
	 * Not taken because of how it was sent (too fast, expired form, a bot's field filled
	 * in).
	 */
	record Refused(String messageKey) implements Intake {
	}

	/** Not taken: this client sent too many in a short time. */
	record Throttled() implements Intake {
	}

}
