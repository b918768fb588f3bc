package org.tejido.library.packs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.library.catalogue.Resource;
import org.tejido.library.catalogue.ResourceFile;
import org.tejido.library.catalogue.Resources;
import org.tejido.site.Lang;
import org.tejido.site.Texts;

/**
 * The library as an OPDS acquisition feed: on the server at
 * {@code /{lang}/library/opds.xml} with every attached file, and in a pack as
 * {@code {lang}/opds.xml} with relative links and the files the pack carries.
 */
@Component
public class OpdsCatalogue {

	private final Resources resources;

	private final Texts texts;

	OpdsCatalogue(Resources resources, Texts texts) {
		this.resources = resources;
		this.texts = texts;
	}

	/** The server's feed of one language. */
	@Transactional(readOnly = true)
	public String serverFeed(Lang lang) {
		List<Resource> all = this.resources.findAllForExport();
		String base = "/" + lang.code() + "/library";
		return OpdsFeed.xml(feed(lang, all, base + "/opds.xml", "/" + lang.code() + "/",
				(resource) -> base + "/" + resource.slug(), OpdsCatalogue::serverPath));
	}

	String packFeed(Lang lang, List<Resource> sorted, Map<String, PackContent.CopiedFile> copied) {
		return OpdsFeed.xml(feed(lang, sorted, "opds.xml", "index.html",
				(resource) -> PackLayout.resource(resource.slug()), (file) -> {
					PackContent.CopiedFile copy = copied.get(file.id().toString());
					return (copy != null) ? "../" + copy.path() : null;
				}));
	}

	private OpdsFeed.Feed feed(Lang lang, List<Resource> all, String self, String html, Function<Resource, String> page,
			Function<ResourceFile, @Nullable String> fileHref) {
		Instant updated = all.stream().map(Resource::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
		List<OpdsFeed.Entry> entries = all.stream().map((resource) -> entry(resource, lang, page, fileHref)).toList();
		String id = "urn:uuid:" + UUID.nameUUIDFromBytes(("tejido-library-" + lang.code()).getBytes());
		return new OpdsFeed.Feed(id, this.texts.get(lang, "home.title"), lang.code(), self, self, html, updated,
				entries);
	}

	private static OpdsFeed.Entry entry(Resource resource, Lang lang, Function<Resource, String> page,
			Function<ResourceFile, @Nullable String> fileHref) {
		List<OpdsFeed.Acquisition> acquisitions = new ArrayList<>();
		for (ResourceFile file : resource.files()) {
			String href = fileHref.apply(file);
			if (href != null) {
				acquisitions
					.add(new OpdsFeed.Acquisition(href, file.mediaType(), file.fileName(), file.sizeBytes(), true));
			}
		}
		if (acquisitions.isEmpty()) {
			// Nothing to download: the resource's source, or else its own page, is where
			// to get it.
			String where = resource.url().isBlank() ? page.apply(resource) : resource.url();
			acquisitions.add(new OpdsFeed.Acquisition(where, "text/html", null, null, true));
		}
		Resource.Localized summary = resource.summaryIn(lang.code());
		return new OpdsFeed.Entry("urn:uuid:" + resource.id().value(), resource.titleIn(lang.code()).text(),
				(summary != null) ? summary.text() : null, resource.languages(), resource.publisher(), resource.year(),
				resource.updatedAt(), page.apply(resource), acquisitions);
	}

	private static String serverPath(ResourceFile file) {
		return "/files/" + file.id() + "/"
				+ java.net.URLEncoder.encode(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
					.replace("+", "%20");
	}

}
