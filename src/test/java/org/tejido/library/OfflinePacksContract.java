package org.tejido.library;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.Role;
import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.support.Browser;
import org.tejido.support.Bundles;
import org.tejido.support.Curators;
import org.tejido.support.HtmlValidator;
import org.tejido.support.Packs;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offline packs built from the curators' tools, and the library's OPDS catalogue feed
 * that e-book readers and packs share.
 */
public interface OfflinePacksContract extends RunningTejido {

	AccountRegistry registry();

	JdbcClient jdbc();

	@Test
	default void packsTheHomePageAnnouncesTheOpdsFeedWhichListsResourcesWithTheirFiles() throws Exception {
		String title = "Open pack guide " + System.nanoTime();
		String slug = org.tejido.site.Slugs.of(title);
		importWithFile(title, "CC BY-SA 4.0", "open.pdf");
		String home = http().get("/es/").body();
		assertThat(home).contains("<link rel=\"alternate\" type=\"application/atom+xml;profile=opds-catalog;"
				+ "kind=acquisition\" href=\"/es/library/opds.xml\"");
		HttpResponse<String> response = http().get("/es/library/opds.xml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("application/atom+xml",
				"profile=opds-catalog");
		Document feed = OpdsChecks.parse(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		OpdsChecks.assertAcquisitionFeed(feed);
		assertThat(feed.getDocumentElement().getAttribute("xml:lang")).isEqualTo("es");
		Element entry = entryTitled(feed, title);
		assertThat(link(entry, "http://opds-spec.org/acquisition/open-access").getAttribute("href"))
			.matches("/files/[0-9a-f-]+/open.pdf");
		assertThat(link(entry, "http://opds-spec.org/acquisition/open-access").getAttribute("type"))
			.isEqualTo("application/pdf");
		assertThat(link(entry, "alternate").getAttribute("href")).isEqualTo("/es/library/" + slug);
		assertThat(http().get("/xx/library/opds.xml").statusCode()).isEqualTo(404);
	}

	@Test
	default void packsTheServerFeedIsPagedAndFollowingNextReachesEveryResourceOnce() throws Exception {
		for (int i = 0; i < 3; i++) {
			importWithFile("Paged feed guide " + i + " " + System.nanoTime(), "CC BY 4.0", "paged" + i + ".pdf");
		}
		List<String> stored = this.jdbc()
			.sql("select id from resource")
			.query(UUID.class)
			.list()
			.stream()
			.map((id) -> "urn:uuid:" + id)
			.toList();
		assertThat(stored).hasSizeGreaterThan(2 * 7);
		int pages = (stored.size() + 6) / 7;

		List<String> seen = new ArrayList<>();
		List<String> updated = new ArrayList<>();
		String next = "/pt/library/opds.xml";
		String feedId = null;
		for (int number = 1; next != null; number++) {
			assertThat(number).as("pages followed").isLessThanOrEqualTo(pages);
			HttpResponse<String> response = http().get(next);
			assertThat(response.statusCode()).as(next).isEqualTo(200);
			Document feed = OpdsChecks.parse(response.body().getBytes(StandardCharsets.UTF_8));
			OpdsChecks.assertAcquisitionFeed(feed);
			Element root = feed.getDocumentElement();
			feedId = (feedId != null) ? feedId : OpdsChecks.text(root, "id");
			assertThat(OpdsChecks.text(root, "id")).as("one feed id on every page").isEqualTo(feedId);
			String self = (number == 1) ? "/pt/library/opds.xml" : "/pt/library/opds.xml?page=" + number;
			assertThat(feedLink(root, "self")).isEqualTo(self);
			assertThat(feedLink(root, "start")).isEqualTo("/pt/library/opds.xml");
			assertThat(feedLink(root, "first")).isEqualTo("/pt/library/opds.xml");
			assertThat(feedLink(root, "last")).isEqualTo("/pt/library/opds.xml?page=" + pages);
			assertThat(feedLink(root, "alternate")).isEqualTo("/pt/");
			if (number == 1) {
				assertThat(feedLink(root, "previous")).isNull();
			}
			else {
				assertThat(feedLink(root, "previous"))
					.isEqualTo((number == 2) ? "/pt/library/opds.xml" : "/pt/library/opds.xml?page=" + (number - 1));
			}
			NodeList entries = root.getElementsByTagNameNS(OpdsChecks.ATOM, "entry");
			assertThat(entries.getLength()).isBetween(1, 7);
			for (int i = 0; i < entries.getLength(); i++) {
				seen.add(OpdsChecks.text((Element) entries.item(i), "id"));
				updated.add(OpdsChecks.text((Element) entries.item(i), "updated"));
			}
			next = feedLink(root, "next");
			if (next != null) {
				assertThat(entries.getLength()).as("a full page before the last").isEqualTo(7);
				assertThat(next).isEqualTo("/pt/library/opds.xml?page=" + (number + 1));
			}
			else {
				assertThat(number).as("the last page has no next").isEqualTo(pages);
			}
		}
		assertThat(seen).as("every resource exactly once").doesNotHaveDuplicates().hasSameElementsAs(stored);
		assertThat(updated).as("latest change first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(http().get("/pt/library/opds.xml?page=1").body())
			.isEqualTo(http().get("/pt/library/opds.xml").body());
	}

	@Test
	default void packsTheServerFeedRefusesPagesThatAreNotNumbersAndFindsNoPagePastTheLast() {
		for (String bad : List.of("abc", "0", "-1", "1.5", "%2B2", "")) {
			HttpResponse<String> response = http().get("/fr/library/opds.xml?page=" + bad);
			if (bad.isEmpty()) {
				assertThat(response.statusCode()).isEqualTo(200);
				continue;
			}
			assertThat(response.statusCode()).as(bad).isEqualTo(400);
			assertThat(response.body()).as(bad)
				.contains("<html lang=\"fr\">", "page", "doit être un nombre entier de 1 à")
				.doesNotContain("Exception");
		}
		long count = this.jdbc().sql("select count(*) from resource").query(Long.class).single();
		long last = (count + 6) / 7;
		assertThat(http().get("/fr/library/opds.xml?page=" + last).statusCode()).isEqualTo(200);
		for (String past : List.of(String.valueOf(last + 1), "2147483648", "99999999999999999999999999999999")) {
			HttpResponse<String> response = http().get("/fr/library/opds.xml?page=" + past);
			assertThat(response.statusCode()).as(past).isEqualTo(404);
			assertThat(response.body()).as(past).contains("<html lang=\"fr\">").doesNotContain("Exception");
		}
	}

	@Test
	default void packsACuratorBuildsAPackOfChosenLanguagesAndDownloadsIt() throws Exception {
		String open = "Copyable pack guide " + System.nanoTime();
		String closed = "Uncopyable pack guide " + System.nanoTime();
		importWithFile(open, "CC BY 4.0", "copyable.pdf");
		importWithFile(closed, "", "uncopyable.pdf");
		Browser curator = curator();
		HttpResponse<String> form = curator.get("/fr/curate/packs");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("name=\"lang\"", "value=\"es\"");
		assertThat(HtmlValidator.errorsIn(form.body())).isEmpty();
		assertThat(Packs.gzipped(form.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.isLessThanOrEqualTo(14_600);
		assertThat(curator.get("/en/curate").body()).contains("href=\"/en/curate/packs\"");

		curator.get("/fr/curate/packs");
		HttpResponse<byte[]> download = curator.submitForBytes("/fr/curate/packs", "lang", "fr", "lang", "pt");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).contains("application/zip");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("tejido-library-fr-pt.zip");
		Map<String, byte[]> pack = Packs.entries(download.body());
		assertThat(pack).containsKeys("index.html", "manifest.sha256", "fr/index.html", "pt/index.html",
				"fr/resources/" + org.tejido.site.Slugs.of(open) + ".html");
		assertThat(pack.keySet()).noneMatch((path) -> path.startsWith("en/"))
			.anyMatch((path) -> path.endsWith("/copyable.pdf"))
			.noneMatch((path) -> path.endsWith("/uncopyable.pdf"));
		Packs.assertIntactAndSigned(pack);
		assertThat(Packs.linksLeavingThePack(Packs.text(pack, "fr/index.html"))).isEmpty();
	}

	@Test
	default void packsNeedALanguageAndACurator() throws Exception {
		Browser curator = curator();
		curator.get("/en/curate/packs");
		HttpResponse<String> none = curator.submit("/en/curate/packs", "lang", "xx");
		assertThat(none.statusCode()).isEqualTo(422);
		assertThat(none.body()).contains("Choose at least one language.");
		assertThat(new Browser(http()).get("/en/curate/packs").statusCode()).isEqualTo(302);
		Browser stranger = new Browser(http());
		stranger.get("/en/");
		assertThat(stranger.submitForBytes("/en/curate/packs", "lang", "en").statusCode()).isIn(302, 403);
	}

	private void importWithFile(String title, String licence, String file) {
		HttpResponse<String> response = http().post("/api/v1/catalogue/import",
				Bundles.zip(Map.of("catalogue.csv",
						Bundles.utf8("title,url,type_code,area_codes,language_codes,licence,files\n" + title
								+ ",https://example.org/" + file + ",guides-manuals,early-warning,en," + licence + ","
								+ file + "\n"),
						file, Bundles.pdfSaying("Inside " + title))),
				"Authorization", bearer(), "Content-Type", "application/zip");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private static Element entryTitled(Document feed, String title) {
		NodeList entries = feed.getElementsByTagNameNS(OpdsChecks.ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			if (OpdsChecks.text(entry, "title").equals(title)) {
				return entry;
			}
		}
		throw new AssertionError("no entry titled " + title);
	}

	private static @Nullable String feedLink(Element feed, String rel) {
		String found = null;
		for (var node = feed.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element link && "link".equals(link.getLocalName())
					&& rel.equals(link.getAttribute("rel"))) {
				assertThat(found).as("one link " + rel).isNull();
				assertThat(link.getAttribute("type")).isEqualTo(rel.equals("alternate") ? "text/html"
						: "application/atom+xml;profile=opds-catalog;kind=acquisition");
				found = link.getAttribute("href");
			}
		}
		return found;
	}

	private static Element link(Element entry, String rel) {
		NodeList links = entry.getElementsByTagNameNS(OpdsChecks.ATOM, "link");
		for (int i = 0; i < links.getLength(); i++) {
			Element link = (Element) links.item(i);
			if (link.getAttribute("rel").equals(rel)) {
				return link;
			}
		}
		throw new AssertionError("no link " + rel);
	}

	private Browser curator() throws Exception {
		String email = Curators.unique("packer");
		registry().open(email, "Packer", Curators.PASSWORD, Role.CURATOR);
		Browser browser = new Browser(http());
		Curators.signInAndEnrol(browser, "en", email);
		return browser;
	}

}
