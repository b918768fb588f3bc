package org.tejido.library.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.tejido.library.catalogue.Resource;
import org.tejido.library.catalogue.ResourceFile;
import org.tejido.library.catalogue.Resources;
import org.tejido.library.catalogue.Term;
import org.tejido.library.catalogue.Vocabularies;
import org.tejido.library.search.LibrarySearch;
import org.tejido.library.search.ResourceListing;
import org.tejido.library.search.SearchQuery;
import org.tejido.library.search.SearchResults;
import org.tejido.site.BadRequest;
import org.tejido.site.Lang;
import org.tejido.site.NotFound;

/**
 * The read-only JSON API of the library, for other tools.
 */
@RestController
@RequestMapping("/api/v1")
class ResourceApi {

	private static final int DEFAULT_SIZE = 20;

	private final LibrarySearch search;

	private final Resources resources;

	private final SearchParameters parameters;

	private final Vocabularies vocabularies;

	ResourceApi(LibrarySearch search, Resources resources, SearchParameters parameters, Vocabularies vocabularies) {
		this.search = search;
		this.resources = resources;
		this.parameters = parameters;
		this.vocabularies = vocabularies;
	}

	@GetMapping("/resources")
	ResourceList list(@RequestParam MultiValueMap<String, String> params) {
		String lang = langOf(params.getFirst("lang"));
		SearchQuery query = this.parameters.read(params, lang, DEFAULT_SIZE, true);
		SearchResults<ResourceListing> results = this.search.listings(query);
		return new ResourceList(results.total(), results.page(), results.size(),
				results.items().stream().map((resource) -> ResourceItem.of(resource, lang)).toList(), results.facets());
	}

	@GetMapping("/resources/{id}")
	@Transactional(readOnly = true)
	ResourceDetailJson one(@PathVariable String id, @RequestParam(required = false) @Nullable String lang) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequest("error.bad-id", id.length() > 40 ? id.substring(0, 40) : id);
		}
		Resource resource = this.resources.findById(uuid).orElseThrow(NotFound::new);
		return ResourceDetailJson.of(resource, langOf(lang));
	}

	@GetMapping("/vocabularies")
	Map<String, List<Map<String, Object>>> vocabularies() {
		Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
		for (String vocabulary : List.of(Vocabularies.TYPE, Vocabularies.AREA_GROUP, Vocabularies.AREA,
				Vocabularies.REGION, Vocabularies.NEED, Vocabularies.CRITERION)) {
			all.put(vocabulary, this.vocabularies.terms(vocabulary).stream().map(ResourceApi::termJson).toList());
		}
		return all;
	}

	private static Map<String, Object> termJson(Term term) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", term.code());
		if (term.grouping() != null) {
			json.put("group", term.grouping());
		}
		json.put("labels", term.labels());
		return json;
	}

	private static String langOf(@Nullable String lang) {
		if (lang == null || lang.isBlank()) {
			return Lang.FALLBACK.code();
		}
		return Lang.fromCode(lang.strip())
			.orElseThrow(() -> new BadRequest("error.unknown-filter", "lang",
					lang.length() > 40 ? lang.substring(0, 40) : lang))
			.code();
	}

	record ResourceList(long total, int page, int size, List<ResourceItem> items,
			Map<String, Map<String, Long>> facets) {
	}

	record ResourceItem(String id, String slug, String title, String type, List<String> areas, List<String> languages,
			List<String> regions, @Nullable Integer year, @Nullable String publisher, String url) {

		static ResourceItem of(ResourceListing resource, String lang) {
			return new ResourceItem(resource.id().toString(), resource.slug(), resource.titleIn(lang).text(),
					resource.typeCode(), resource.areas(), resource.languages(), resource.regions(), resource.year(),
					resource.publisher(), resource.url());
		}

	}

	record ResourceDetailJson(String id, String slug, String title, String titleLanguage, @Nullable String summary,
			@Nullable String summaryLanguage, String type, List<String> areas, List<String> languages,
			List<String> regions, @Nullable Integer year, @Nullable String publisher, String url, @Nullable String need,
			@Nullable String licence, @Nullable String linkNote, Map<String, Short> rating,
			@Nullable Integer ratingTotal, List<FileJson> files) {

		static ResourceDetailJson of(Resource resource, String lang) {
			Resource.Localized title = resource.titleIn(lang);
			Resource.Localized summary = resource.summaryIn(lang);
			return new ResourceDetailJson(resource.id().toString(), resource.slug(), title.text(), title.lang(),
					(summary != null) ? summary.text() : null, (summary != null) ? summary.lang() : null,
					resource.typeCode(), resource.areaList(), resource.languages(), resource.regions(), resource.year(),
					resource.publisher(), resource.url(), resource.need(), resource.licence(), resource.linkNote(),
					resource.rating(), resource.ratingTotal(), resource.files().stream().map(FileJson::of).toList());
		}

	}

	record FileJson(String name, String mediaType, long size, String sha256, String href) {

		static FileJson of(ResourceFile file) {
			return new FileJson(file.fileName(), file.mediaType(), file.sizeBytes(), file.sha256(),
					DownloadController.pathOf(file));
		}

	}

}
