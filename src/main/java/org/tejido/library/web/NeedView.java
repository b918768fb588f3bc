package org.tejido.library.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.tejido.library.needs.NeedAnswer;

/**
 * A need as the board shows it, in the reader's language.
 */
public record NeedView(String id, String kind, String description, String language, String area,
		@Nullable String postedBy, List<NeedAnswer> answers) {
}
