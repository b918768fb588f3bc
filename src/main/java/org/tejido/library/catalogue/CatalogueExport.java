package org.tejido.library.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole catalogue as rows of the import format, so that an export imports back
 * unchanged.
 */
@Service
public class CatalogueExport {

	private static final List<String> UI_LANGUAGES = List.of("en", "es", "fr", "pt", "id");

	private final Resources resources;

	private final Vocabularies vocabularies;

	CatalogueExport(Resources resources, Vocabularies vocabularies) {
		this.resources = resources;
		this.vocabularies = vocabularies;
	}

	@Transactional(readOnly = true)
	public List<CatalogueRow> rows() {
		List<Resource> all = this.resources.findAllForExport();
		return java.util.stream.IntStream.range(0, all.size()).mapToObj((i) -> rowOf(i + 1, all.get(i))).toList();
	}

	public CatalogueRow rowOf(int number, Resource resource) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", resource.title());
		values.put("publisher", Objects.requireNonNullElse(resource.publisher(), ""));
		values.put("year", (resource.year() != null) ? resource.year().toString() : "");
		values.put("type", this.vocabularies.label(Vocabularies.TYPE, resource.typeCode(), "en"));
		values.put("languages",
				resource.languages()
					.stream()
					.map((code) -> this.vocabularies.languageName(code, "en"))
					.collect(Collectors.joining("; ")));
		values.put("url", resource.url());
		values.put("topic_note", Objects.requireNonNullElse(resource.topicNote(), ""));
		values.put("slug", resource.slug());
		values.put("type_code", resource.typeCode());
		values.put("area_codes", String.join(";", resource.areaList()));
		values.put("language_codes", String.join(";", resource.languages()));
		values.put("region_codes", String.join(";", resource.regions()));
		values.put("need", Objects.requireNonNullElse(resource.need(), ""));
		values.put("original_language", resource.originalLanguage());
		values.put("summary_language", resource.summaryLanguage());
		values.put("summary", Objects.requireNonNullElse(resource.summary(), ""));
		Map<String, Translation> translations = resource.translations();
		for (String lang : UI_LANGUAGES) {
			Translation translation = translations.get(lang);
			values.put("title_" + lang,
					(translation != null) ? Objects.requireNonNullElse(translation.title(), "") : "");
			values.put("summary_" + lang,
					(translation != null) ? Objects.requireNonNullElse(translation.summary(), "") : "");
		}
		values.put("licence", Objects.requireNonNullElse(resource.licence(), ""));
		values.put("link_note", Objects.requireNonNullElse(resource.linkNote(), ""));
		values.put("rating",
				resource.rating()
					.entrySet()
					.stream()
					.map((score) -> score.getKey() + "=" + score.getValue())
					.collect(Collectors.joining(";")));
		Story story = resource.story();
		values.put("story_threat", (story != null) ? Objects.requireNonNullElse(story.threat(), "") : "");
		values.put("story_actions", (story != null) ? Objects.requireNonNullElse(story.actions(), "") : "");
		values.put("story_helped", (story != null) ? Objects.requireNonNullElse(story.helped(), "") : "");
		values.put("story_differently", (story != null) ? Objects.requireNonNullElse(story.differently(), "") : "");
		values.put("story_community", (story != null) ? Objects.requireNonNullElse(story.community(), "") : "");
		values.put("story_place", (story != null) ? Objects.requireNonNullElse(story.place(), "") : "");
		values.put("files", resource.files().stream().map(ResourceFile::fileName).collect(Collectors.joining(";")));
		return new CatalogueRow(number, values);
	}

}
