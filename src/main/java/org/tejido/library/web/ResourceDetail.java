package org.tejido.library.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.tejido.library.catalogue.Story;

/**
 * Everything the resource page shows, with codes already turned into labels; its number
 * to text, and the number to text it to when the library answers SMS.
 */
public record ResourceDetail(ResourceCard card, List<String> areas, List<String> languages, List<String> regions,
		@Nullable String need, String url, @Nullable String linkNote, @Nullable String licence,
		@Nullable String topicNote, @Nullable Story story, List<FileLink> files, List<Score> rating,
		@Nullable Integer ratingTotal, int shortCode, @Nullable String smsNumber) {

	/** A downloadable file, with its size told before the click. */
	public record FileLink(String name, String href, String size, String kind) {
	}

	/** One criterion of the rating and its score out of 2. */
	public record Score(String criterion, int score) {
	}

}
