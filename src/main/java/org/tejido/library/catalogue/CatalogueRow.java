package org.tejido.library.catalogue;

import java.util.List;
import java.util.Map;

/**
 * One row of a catalogue file (CSV line or JSON object), by column name, as read.
 *
 * @param number the row's position in the file, counting the first resource as 1
 */
public record CatalogueRow(int number, Map<String, String> values) {

	/**
	 * The columns of the catalogue's CSV and JSON forms: the seed file's, then the codes.
	 */
	public static final List<String> COLUMNS = List.of("title", "publisher", "year", "type", "languages", "url",
			"topic_note", "slug", "type_code", "area_codes", "language_codes", "region_codes", "need",
			"original_language", "summary_language", "summary", "title_en", "title_es", "title_fr", "title_pt",
			"title_id", "summary_en", "summary_es", "summary_fr", "summary_pt", "summary_id", "licence", "link_note",
			"rating", "story_threat", "story_actions", "story_helped", "story_differently", "story_community",
			"story_place", "files");

	/**
	 * Columns that hold several values, separated by {@code ;} in CSV and as arrays in
	 * JSON.
	 */
	public static final List<String> LISTS = List.of("area_codes", "language_codes", "region_codes", "files");

	public String get(String column) {
		String value = this.values.get(column);
		return (value != null) ? value.strip() : "";
	}

	public List<String> list(String column) {
		return List.of(get(column).split("\\s*;\\s*")).stream().filter((value) -> !value.isBlank()).toList();
	}

}
