package org.tejido.library.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tejido.library.catalogue.Resource;
import org.tejido.library.catalogue.Resource.Localized;
import org.tejido.library.catalogue.Translation;

/**
 * What a list of results shows of a resource, stored with its document in the search
 * index, so that a page of results is read from the index alone (no database, no
 * entities). Written again whenever the resource is indexed.
 *
 * @param translations title and summary per interface language, where translated
 */
public record ResourceListing(UUID id, String slug, String typeCode, @Nullable Integer year, @Nullable String publisher,
		String url, List<String> areas, List<String> languages, List<String> regions, String title,
		String originalLanguage, @Nullable String summary, String summaryLanguage,
		Map<String, Translation> translations) {

	public static ResourceListing of(Resource resource) {
		return new ResourceListing(resource.id().value(), resource.slug(), resource.typeCode(), resource.year(),
				resource.publisher(), resource.url(), resource.areaList(), resource.languages(), resource.regions(),
				resource.title(), resource.originalLanguage(), resource.summary(), resource.summaryLanguage(),
				resource.translations());
	}

	/** The title in a language: its translation where there is one, else the original. */
	public Localized titleIn(String lang) {
		return Localized.titleIn(lang, this.title, this.originalLanguage, this.translations);
	}

	/**
	 * The summary in a language: its translation where there is one, else the original.
	 */
	public @Nullable Localized summaryIn(String lang) {
		return Localized.summaryIn(lang, this.summary, this.summaryLanguage, this.translations);
	}

	/**
	 * As stored in the index: every text length-prefixed ({@code 5:title}), {@code ~} for
	 * none, lists and the translations preceded by their count, so that any text reads
	 * back exactly.
	 */
	String written() {
		StringBuilder out = new StringBuilder(256);
		text(out, this.id.toString());
		text(out, this.slug);
		text(out, this.typeCode);
		text(out, (this.year != null) ? this.year.toString() : null);
		text(out, this.publisher);
		text(out, this.url);
		list(out, this.areas);
		list(out, this.languages);
		list(out, this.regions);
		text(out, this.title);
		text(out, this.originalLanguage);
		text(out, this.summary);
		text(out, this.summaryLanguage);
		text(out, Integer.toString(this.translations.size()));
		this.translations.forEach((lang, translation) -> {
			text(out, lang);
			text(out, translation.title());
			text(out, translation.summary());
		});
		return out.toString();
	}

	static ResourceListing read(String stored) {
		Reader in = new Reader(stored);
		UUID id = UUID.fromString(in.required());
		String slug = in.required();
		String typeCode = in.required();
		String year = in.text();
		String publisher = in.text();
		String url = in.required();
		List<String> areas = in.list();
		List<String> languages = in.list();
		List<String> regions = in.list();
		String title = in.required();
		String originalLanguage = in.required();
		String summary = in.text();
		String summaryLanguage = in.required();
		int count = Integer.parseInt(in.required());
		Map<String, Translation> translations = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			translations.put(in.required(), new Translation(in.text(), in.text()));
		}
		return new ResourceListing(id, slug, typeCode, (year != null) ? Integer.valueOf(year) : null, publisher, url,
				areas, languages, regions, title, originalLanguage, summary, summaryLanguage, translations);
	}

	private static void text(StringBuilder out, @Nullable String text) {
		if (text == null) {
			out.append('~');
		}
		else {
			out.append(text.length()).append(':').append(text);
		}
	}

	private static void list(StringBuilder out, List<String> values) {
		text(out, Integer.toString(values.size()));
		values.forEach((value) -> text(out, value));
	}

	private static final class Reader {

		private final String stored;

		private int at;

		Reader(String stored) {
			this.stored = stored;
		}

		@Nullable String text() {
			if (this.stored.charAt(this.at) == '~') {
				this.at++;
				return null;
			}
			int colon = this.stored.indexOf(':', this.at);
			int length = Integer.parseInt(this.stored, this.at, colon, 10);
			this.at = colon + 1 + length;
			return this.stored.substring(colon + 1, this.at);
		}

		String required() {
			String text = text();
			if (text == null) {
				throw new IllegalStateException("A stored listing lacks a required text");
			}
			return text;
		}

		List<String> list() {
			int count = Integer.parseInt(required());
			List<String> values = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				values.add(required());
			}
			return List.copyOf(values);
		}

	}

}
