package org.tejido.library.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A resource as described by one catalogue row once every field has been checked: codes
 * are known, the link is a web address, the year is a year.
 *
 * @param files names of attached files, as given in the row (paths inside an import
 * bundle)
 */
public record ResourceDraft(String slug, String title, String originalLanguage, @Nullable String summary,
		String summaryLanguage, @Nullable String publisher, @Nullable Integer year, String typeCode, Set<String> areas,
		Set<String> languages, Set<String> regions, @Nullable String need, String url, @Nullable String licence,
		@Nullable String linkNote, @Nullable String topicNote, @Nullable Story story,
		Map<String, Translation> translations, Map<String, Integer> rating, List<String> files) {

	static final ResourceDraft NONE = new ResourceDraft("", "", "", null, "", null, null, "", Set.of(), Set.of(),
			Set.of(), null, "", null, null, null, null, Map.of(), Map.of(), List.of());

	ResourceDraft withSlug(String newSlug) {
		return new ResourceDraft(newSlug, this.title, this.originalLanguage, this.summary, this.summaryLanguage,
				this.publisher, this.year, this.typeCode, this.areas, this.languages, this.regions, this.need, this.url,
				this.licence, this.linkNote, this.topicNote, this.story, this.translations, this.rating, this.files);
	}

	ResourceDraft withoutFiles() {
		return new ResourceDraft(this.slug, this.title, this.originalLanguage, this.summary, this.summaryLanguage,
				this.publisher, this.year, this.typeCode, this.areas, this.languages, this.regions, this.need, this.url,
				this.licence, this.linkNote, this.topicNote, this.story, this.translations, this.rating, List.of());
	}

}
