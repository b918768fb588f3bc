package org.tejido.library.packs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.library.catalogue.Resource;
import org.tejido.library.catalogue.ResourceFile;
import org.tejido.library.catalogue.Resources;
import org.tejido.library.catalogue.Vocabularies;
import org.tejido.library.files.FileStore;
import org.tejido.library.web.Labels;
import org.tejido.library.web.ResourceCard;
import org.tejido.library.web.ResourceViews;
import org.tejido.site.Lang;
import org.tejido.site.Texts;

/**
 * Renders the pages of a pack: per language a home page, an A–Z index and its letters,
 * one page per facet value, the community practices, one page per resource, the search
 * page with its index, and the OPDS feed; and picks the files that may be copied.
 */
@Component
class PackSite {

	static final List<String> FACETS = List.of("type", "area", "need", "language", "region");

	private final Resources resources;

	private final ResourceViews views;

	private final Labels labels;

	private final Vocabularies vocabularies;

	private final Texts texts;

	private final TemplateEngine templates;

	private final FileStore store;

	private final OpdsCatalogue opds;

	private final SearchScript search;

	PackSite(Resources resources, ResourceViews views, Labels labels, Vocabularies vocabularies, Texts texts,
			TemplateEngine templates, FileStore store, OpdsCatalogue opds, SearchScript search) {
		this.resources = resources;
		this.views = views;
		this.labels = labels;
		this.vocabularies = vocabularies;
		this.texts = texts;
		this.templates = templates;
		this.store = store;
		this.opds = opds;
		this.search = search;
	}

	@Transactional(readOnly = true)
	PackContent render(List<Lang> langs) {
		List<Resource> all = this.resources.findAllForExport();
		TreeMap<String, byte[]> texts = new TreeMap<>();
		Map<String, PackContent.CopiedFile> files = new LinkedHashMap<>();
		int leftOut = 0;
		for (Resource resource : all) {
			for (ResourceFile file : resource.files()) {
				Path stored = this.store.pathOf(file.sha256());
				if (Redistribution.allows(resource.licence()) && Files.isReadable(stored)) {
					files.put(file.id().toString(),
							new PackContent.CopiedFile(filePath(file), file.sha256(), stored, file.sizeBytes()));
				}
				else {
					leftOut++;
				}
			}
		}
		texts.put(PackLayout.INDEX, html("library/pack/root.jte", page(langs.get(0), "", langs), Map.of()));
		for (Lang lang : langs) {
			language(lang, langs, all, files, texts);
		}
		return new PackContent(texts, List.copyOf(files.values()), all.size(), leftOut);
	}

	private void language(Lang lang, List<Lang> langs, List<Resource> all, Map<String, PackContent.CopiedFile> files,
			Map<String, byte[]> out) {
		String code = lang.code();
		List<Resource> sorted = sortedByTitle(all, code);
		put(out, code, "index.html", "library/pack/home.jte", langs,
				Map.of("total", (long) all.size(), "groups", groups(lang, all)));
		put(out, code, "search.html", "library/pack/search.jte", langs, Map.of());
		out.put(code + "/search-index.js", this.search.script(sorted, code));
		out.put(code + "/opds.xml", this.opds.packFeed(lang, sorted, files).getBytes(StandardCharsets.UTF_8));
		letters(lang, langs, sorted, out);
		put(out, code, "practices.html", "library/pack/list.jte", langs,
				list(page(lang, "practices.html", langs).t("pack.nav.practices"), List.of(),
						cards(sorted.stream().filter((resource) -> resource.story() != null).toList(), code),
						page(lang, "", langs).t("pack.practices.none")));
		for (String facet : FACETS) {
			values(facet, all).forEach((value, count) -> {
				String title = this.texts.get(lang, "facet." + facet) + ": " + this.labels.of(facet, value, code);
				put(out, code, PackLayout.facet(facet, value), "library/pack/list.jte", langs,
						list(title, List.of(), cards(
								sorted.stream().filter((resource) -> codes(resource, facet).contains(value)).toList(),
								code), null));
			});
		}
		for (Resource resource : all) {
			String path = PackLayout.resource(resource.slug());
			PackPage page = page(lang, path, langs);
			List<PackFileLink> links = resource.files()
				.stream()
				.map((file) -> fileLink(file, files.get(file.id().toString()), page))
				.toList();
			put(out, code, path, "library/pack/resource.jte", langs,
					Map.of("resource", this.views.detail(resource, code), "files", links));
		}
	}

	/** The changes page of one language, rendered once the changes are known. */
	byte[] changesPage(Lang lang, List<Lang> langs, PackChanges changes) {
		return html("library/pack/changes.jte", page(lang, "changes.html", langs), Map.of("changes", changes));
	}

	private void letters(Lang lang, List<Lang> langs, List<Resource> sorted, Map<String, byte[]> out) {
		String code = lang.code();
		Map<String, List<Resource>> byLetter = new TreeMap<>(
				Comparator.comparing((String letter) -> letter.equals("other")).thenComparing(Function.identity()));
		sorted.forEach((resource) -> byLetter
			.computeIfAbsent(letterOf(resource.titleIn(code).text()), (letter) -> new ArrayList<>())
			.add(resource));
		PackPage any = page(lang, "", langs);
		List<PackLink> links = byLetter.entrySet()
			.stream()
			.map((entry) -> new PackLink(label(entry.getKey(), any), "a-z/" + entry.getKey() + ".html",
					entry.getValue().size()))
			.toList();
		put(out, code, "a-z/index.html", "library/pack/list.jte", langs,
				list(any.t("pack.a-z.title"), links, cards(sorted, code), null));
		byLetter.forEach((letter, resources) -> put(out, code, PackLayout.letter(letter), "library/pack/list.jte",
				langs, list(any.t("pack.a-z.letter", label(letter, any)), links, cards(resources, code), null)));
	}

	private static String label(String letter, PackPage page) {
		return letter.equals("other") ? page.t("pack.a-z.other") : letter.toUpperCase(Locale.ROOT);
	}

	static String letterOf(String title) {
		String folded = SearchScript.fold(title).replaceAll("[^a-z0-9]", "");
		if (folded.isEmpty() || !Character.isLetter(folded.charAt(0))) {
			return "other";
		}
		return folded.substring(0, 1);
	}

	private List<PackGroup> groups(Lang lang, List<Resource> all) {
		String code = lang.code();
		List<PackGroup> groups = new ArrayList<>();
		groups.add(new PackGroup(this.texts.get(lang, "home.browse.type"), 2, links("type", all, code)));
		groups.add(new PackGroup(this.texts.get(lang, "home.browse.area"), 2, List.of()));
		Map<String, String> dimensionOfArea = new TreeMap<>();
		this.vocabularies.terms(Vocabularies.AREA)
			.forEach((area) -> dimensionOfArea.put(area.code(), String.valueOf(area.grouping())));
		List<PackLink> areas = links("area", all, code);
		this.vocabularies.terms(Vocabularies.AREA_GROUP).forEach((dimension) -> {
			List<PackLink> inDimension = areas.stream()
				.filter((link) -> dimension.code().equals(dimensionOfArea.get(codeOf(link))))
				.toList();
			if (!inDimension.isEmpty()) {
				groups.add(new PackGroup(dimension.label(code), 3, inDimension));
			}
		});
		groups.add(new PackGroup(this.texts.get(lang, "home.browse.need"), 2, links("need", all, code)));
		groups.add(new PackGroup(this.texts.get(lang, "facet.language"), 2, links("language", all, code)));
		groups.add(new PackGroup(this.texts.get(lang, "facet.region"), 2, links("region", all, code)));
		return groups.stream().filter((group) -> group.level() == 2 || !group.links().isEmpty()).toList();
	}

	private static String codeOf(PackLink link) {
		String href = link.href();
		return href.substring(href.lastIndexOf('/') + 1, href.length() - ".html".length());
	}

	private List<PackLink> links(String facet, List<Resource> all, String lang) {
		return values(facet, all).entrySet()
			.stream()
			.map((value) -> new PackLink(this.labels.of(facet, value.getKey(), lang),
					PackLayout.facet(facet, value.getKey()), value.getValue()))
			.sorted(Comparator.comparing(PackLink::count).reversed().thenComparing(PackLink::label))
			.toList();
	}

	private static Map<String, Long> values(String facet, List<Resource> all) {
		Map<String, Long> counts = new TreeMap<>();
		all.forEach((resource) -> codes(resource, facet).forEach((code) -> counts.merge(code, 1L, Long::sum)));
		return counts;
	}

	private static List<String> codes(Resource resource, String facet) {
		return switch (facet) {
			case "type" -> List.of(resource.typeCode());
			case "area" -> resource.areaList();
			case "need" -> (resource.need() != null) ? List.of(Objects.requireNonNull(resource.need())) : List.of();
			case "language" -> resource.languages();
			case "region" -> resource.regions();
			default -> List.of();
		};
	}

	private static List<Resource> sortedByTitle(List<Resource> all, String lang) {
		Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
		collator.setStrength(Collator.PRIMARY);
		return all.stream()
			.sorted(Comparator.comparing((Resource resource) -> resource.titleIn(lang).text(), collator)
				.thenComparing(Resource::slug))
			.toList();
	}

	private List<ResourceCard> cards(List<Resource> resources, String lang) {
		return resources.stream().map((resource) -> this.views.card(resource, lang)).toList();
	}

	private static Map<String, Object> list(String title, List<PackLink> letters, List<ResourceCard> cards,
			@org.jspecify.annotations.Nullable String empty) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("title", title);
		model.put("letters", letters);
		model.put("cards", cards);
		model.put("empty", empty);
		return model;
	}

	private static PackFileLink fileLink(ResourceFile file,
			PackContent.@org.jspecify.annotations.Nullable CopiedFile copied, PackPage page) {
		return new PackFileLink(file.fileName(), (copied != null) ? page.root(copied.path()) : null,
				ResourceViews.humanSize(file.sizeBytes(), page.lang().code()), ResourceViews.kindOf(file.mediaType()));
	}

	static String filePath(ResourceFile file) {
		String name = Normalizer.normalize(file.fileName(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9._-]+", "_");
		if (name.isBlank() || name.startsWith(".")) {
			name = "file" + name;
		}
		return "files/" + file.sha256().substring(0, 16) + "/" + name;
	}

	private void put(Map<String, byte[]> out, String lang, String path, String template, List<Lang> langs,
			Map<String, Object> model) {
		Lang language = Lang.fromCode(lang).orElseThrow();
		out.put(lang + "/" + path, html(template, page(language, path, langs), model));
	}

	private byte[] html(String template, PackPage page, Map<String, Object> model) {
		Map<String, Object> params = new LinkedHashMap<>(model);
		params.put("page", page);
		Utf8ByteOutput output = new Utf8ByteOutput();
		this.templates.render(template, params, output);
		return output.toByteArray();
	}

	private PackPage page(Lang lang, String path, List<Lang> langs) {
		return new PackPage(lang, this.texts, path, langs);
	}

}
