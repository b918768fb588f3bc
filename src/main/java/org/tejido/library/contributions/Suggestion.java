package org.tejido.library.contributions;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.tejido.library.feedback.Feedback;
import org.tejido.library.needs.NeedBoard;

/**
 * A resource suggested through the form, as typed.
 *
 * @param fields the form's fields by catalogue column
 * ({@code title, url, publisher, year,
 * type_code, area_codes, languages, summary})
 * @param file the uploaded file, if any
 * @param contactEmail where to tell the decision; private to curators
 * @param honeypot a field people never see and scripts fill in
 * @param stamp the form's signed stamp
 */
public record Suggestion(Contribution.Kind kind, Map<String, String> fields, @Nullable Upload file,
		@Nullable String contactEmail, @Nullable String honeypot, String stamp) {

	/** The columns a suggested resource fills in, in the order the form shows them. */
	public static final List<String> COLUMNS = List.of("title", "url", "publisher", "year", "type_code", "area_codes",
			"languages", "summary");

	/** The columns a shared practice fills in, in the order the form shows them. */
	public static final List<String> PRACTICE_COLUMNS = List.of("title", "story_threat", "story_actions",
			"story_helped", "story_differently", "area_codes", "story_community", "story_place");

	public static List<String> columns(Contribution.Kind kind) {
		return switch (kind) {
			case RESOURCE -> COLUMNS;
			case PRACTICE -> PRACTICE_COLUMNS;
			case NEED -> NeedBoard.NEED_FIELDS;
			case ANSWER -> NeedBoard.ANSWER_FIELDS;
			case COMMENT -> Feedback.COMMENT_FIELDS;
		};
	}

	/** An uploaded file: its name as sent and a way to read it once. */
	public record Upload(String name, java.io.InputStream content) {
	}

}
