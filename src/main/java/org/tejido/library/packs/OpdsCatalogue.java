package org.tejido.library.packs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.library.LibrarySettings;
import org.tejido.library.catalogue.Resource;
import org.tejido.library.catalogue.ResourceFile;
import org.tejido.library.catalogue.Resources;
import org.tejido.site.Lang;
import org.tejido.site.Texts;

/**
 * The library as an OPDS acquisition feed: on the server at
 * {@code /{lang}/library/opds.xml}, paged, with every attached file, and in a pack as
 * {@code {lang}/opds.xml}, one document, with relative links and the files the pack
 * carries.
 */
@Component
public class OpdsCatalogue {

	private final Resources resources;

	private final Texts texts;

	private final LibrarySettings settings;

	OpdsCatalogue(Resources resources, Texts texts, LibrarySettings settings) {
		this.resources = resources;
		this.texts = texts;
		this.settings = settings;
	}

	/**
	 * Page {@code number} (from 1) of the server's feed of one language: the resources
	 * changed last come first, {@code tejido.library.opds-page-size} to a page, read from
	 * the database one page at a time. Empty past the last page; page 1 always exists,
	 * empty in an empty library.
	 */
	@Transactional(readOnly = true)
	public Optional<String> serverFeed(Lang lang, long number) {
		if (number < 1) {
			throw new IllegalArgumentException("pages are numbered from 1");
		}
		long pages = serverPages();
		if (number > pages) {
			return Optional.empty();
		}
		int size = this.settings.opdsPageSize();
		List<Resource> resources = this.resources.findPageLatestFirst(PageRequest.of((int) number - 1, size));
		Instant updated = this.resources.latestChange().orElse(Instant.EPOCH);
		String base = "/" + lang.code() + "/library";
		String start = base + "/opds.xml";
		LongFunction<String> href = (n) -> (n == 1) ? start : start + "?page=" + n;
		List<OpdsFeed.PageLink> links = new ArrayList<>();
		links.add(new OpdsFeed.PageLink("first", start));
		if (number > 1) {
			links.add(new OpdsFeed.PageLink("previous", href.apply(number - 1)));
		}
		if (number < pages) {
			links.add(new OpdsFeed.PageLink("next", href.apply(number + 1)));
		}
		links.add(new OpdsFeed.PageLink("last", href.apply(pages)));
		return Optional.of(OpdsFeed.xml(feed(lang, resources, updated, href.apply(number), start, links,
				"/" + lang.code() + "/", (resource) -> base + "/" + resource.slug(), OpdsCatalogue::serverPath)));
	}

	/** How many pages the server's feed has: at least one. */
	@Transactional(readOnly = true)
	public long serverPages() {
		long size = this.settings.opdsPageSize();
		return Math.max(1, (this.resources.count() + size - 1) / size);
	}

	String packFeed(Lang lang, List<Resource> sorted, Map<String, PackContent.CopiedFile> copied) {
		Instant updated = sorted.stream().map(Resource::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
		return OpdsFeed.xml(feed(lang, sorted, updated, "opds.xml", "opds.xml", List.of(), "index.html",
				(resource) -> PackLayout.resource(resource.slug()), (file) -> {
					PackContent.CopiedFile copy = copied.get(file.id().toString());
					return (copy != null) ? "../" + copy.path() : null;
				}));
	}

	private OpdsFeed.Feed feed(Lang lang, List<Resource> resources, Instant updated, String self, String start,
			List<OpdsFeed.PageLink> pages, String html, Function<Resource, String> page,
			Function<ResourceFile, @Nullable String> fileHref) {
		List<OpdsFeed.Entry> entries = resources.stream()
			.map((resource) -> entry(resource, lang, page, fileHref))
			.toList();
		String id = "urn:uuid:" + UUID.nameUUIDFromBytes(("tejido-library-" + lang.code()).getBytes());
		return new OpdsFeed.Feed(id, this.texts.get(lang, "home.title"), lang.code(), self, start, html, pages, updated,
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
