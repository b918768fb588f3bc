package org.tejido.library;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.tejido.accounts.Role;
import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.support.Browser;
import org.tejido.support.Bundles;
import org.tejido.support.Curators;
import org.tejido.support.Mailbox;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tejido.library.LibrarySearchContract.JSON;

/**
 * A visitor suggests a resource; a curator signed in with two factors publishes or
 * rejects it; the visitor hears of it by e-mail.
 */
public interface ContributionsContract extends RunningTejido {

	AccountRegistry registry();

	@Test
	default void aSuggestionIsPublishedByACuratorAndFoundBySearch() throws Exception {
		String word = "tidewatch" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
		String contact = Curators.unique("visitor");
		Browser visitor = new Browser(http());
		HttpResponse<String> sent = suggest(visitor, "es", fields("Radio comunitaria " + word, "media-radio"), contact,
				"guia.pdf", Bundles.pdfSaying("Manual de radio " + word));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/es/library/suggest/thanks");
		assertThat(total("q=" + word)).isZero();

		Browser curator = curator("es");
		String queue = curator.get("/es/curate").body();
		String item = queue.replaceAll("(?s).*href=\"(/es/curate/[0-9a-f-]+)\">Radio comunitaria " + word + ".*", "$1");
		String page = curator.get(item).body();
		assertThat(page).contains(contact).contains("guia.pdf");
		Browser otherCurator = curator("es");
		otherCurator.get(item);
		HttpResponse<String> published = curator.submit(item + "/publish", "title", "Radio comunitaria " + word, "url",
				"https://example.org/radio", "type_code", "guides-manuals", "area_codes", "media-radio", "area_codes",
				"early-warning", "languages", "español", "summary", "Cómo montar una radio.");
		assertThat(published.statusCode()).as(published.body()).isEqualTo(302);

		JsonNode found = JSON.readTree(http().get("/api/v1/resources?q=" + word + "&lang=es").body());
		assertThat(found.get("total").asInt()).isEqualTo(1);
		assertThat(found.get("items").get(0).get("areas").toString()).contains("early-warning");
		MimeMessage[] mail = Mailbox.messagesFor(contact);
		assertThat(mail).hasSize(1);
		assertThat(mail[0].getContent().toString())
			.contains("/es/library/" + found.get("items").get(0).get("slug").asString());
		assertThat(curator.get(item).body()).contains("PUBLISHED").contains("summary:");
		assertThat(otherCurator.submit(item + "/publish", "title", "Again").statusCode()).isEqualTo(409);
	}

	@Test
	default void aPracticeIsPublishedWithoutNamingTheCommunityUnlessItChoseTo() throws Exception {
		String hidden = "Vereda" + System.nanoTime();
		String unnamed = sharePractice("Patrullas nocturnas " + System.nanoTime(), hidden, false);
		String named = sharePractice("Radio y alertas " + System.nanoTime(), "Consejo Comunitario del Río", true);
		Browser curator = curator("es");
		for (String title : java.util.List.of(unnamed, named)) {
			String item = curator.get("/es/curate")
				.body()
				.replaceAll("(?s).*href=\"(/es/curate/[0-9a-f-]+)\">" + java.util.regex.Pattern.quote(title) + ".*",
						"$1");
			String page = curator.get(item).body();
			assertThat(page).doesNotContain(hidden);
			String community = title.equals(named) ? "Consejo Comunitario del Río" : "";
			assertThat(curator
				.submit(item + "/publish", "title", title, "area_codes", "territorial-monitoring", "story_threat",
						"Llegaban desconocidos de noche.", "story_actions",
						"Caminamos el territorio de noche en grupos.", "story_community", community, "story_place",
						community.isEmpty() ? "" : "Río Atrato")
				.statusCode()).as(curator.lastPage()).isEqualTo(302);
		}
		JsonNode found = JSON
			.readTree(http().get("/api/v1/resources?type=practice&q=patrullas+nocturnas&lang=es").body());
		assertThat(found.get("total").asInt()).isEqualTo(1);
		String story = http().get("/es/library/" + found.get("items").get(0).get("slug").asString()).body();
		assertThat(story).contains("Caminamos el territorio de noche").doesNotContain(hidden);
		assertThat(http().get("/api/v1/catalogue.csv").body()).doesNotContain(hidden);
		JsonNode namedOne = JSON.readTree(http().get("/api/v1/resources?type=practice&q=radio+alertas&lang=es").body());
		assertThat(http().get("/es/library/" + namedOne.get("items").get(0).get("slug").asString()).body())
			.contains("Consejo Comunitario del Río");
	}

	private String sharePractice(String title, String community, boolean named) throws InterruptedException {
		Browser browser = new Browser(http());
		browser.get("/es/library/practice");
		Thread.sleep(1_100);
		java.util.List<String> fields = new java.util.ArrayList<>(java.util.List.of("title", title, "story_threat",
				"Llegaban desconocidos de noche.", "story_actions", "Caminamos el territorio de noche en grupos.",
				"story_helped", "La radio comunitaria.", "story_differently", "Avisar antes a los aliados.",
				"area_codes", "territorial-monitoring", "story_community", community, "story_place", "Río Atrato"));
		if (named) {
			fields.add("name_us");
			fields.add("on");
		}
		HttpResponse<String> sent = browser.submit("/es/library/practice", fields.toArray(String[]::new));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		return title;
	}

	@Test
	default void aRejectedSuggestionIsToldWhy() throws Exception {
		String contact = Curators.unique("rejected");
		suggest(new Browser(http()), "fr", fields("Pas pour nous " + System.nanoTime(), "early-warning"), contact, null,
				null);
		Browser curator = curator("fr");
		String item = curator.get("/fr/curate")
			.body()
			.replaceAll("(?s).*href=\"(/fr/curate/[0-9a-f-]+)\">Pas pour nous.*", "$1");
		curator.get(item);
		assertThat(curator.submit(item + "/reject", "reason", "").statusCode()).isEqualTo(422);
		curator.get(item);
		assertThat(curator.submit(item + "/reject", "reason", "Ce lien ne fonctionne plus.").statusCode())
			.isEqualTo(302);
		MimeMessage[] mail = Mailbox.messagesFor(contact);
		assertThat(mail).hasSize(1);
		assertThat(mail[0].getContent().toString()).contains("Ce lien ne fonctionne plus.");
	}

	@Test
	default void aFailedCheckKeepsEverythingThatWasTyped() throws Exception {
		Browser browser = new Browser(http());
		browser.get("/pt/library/suggest");
		List<String[]> incomplete = fields("", "early-warning");
		incomplete.add(new String[] { "summary", "Um resumo <b>com</b> marcação" });
		Thread.sleep(1_100);
		HttpResponse<String> invalid = browser.submitMultipart("/pt/library/suggest", incomplete, null, null);
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("role=\"alert\"")
			.contains("Um resumo &lt;b&gt;com&lt;/b&gt; marcação")
			.contains("value=\"early-warning\" checked");

		List<String[]> bot = fields("Bot " + System.nanoTime(), "early-warning");
		bot.add(new String[] { "website", "http://spam.example" });
		Thread.sleep(1_100);
		HttpResponse<String> refused = browser.submitMultipart("/pt/library/suggest", bot, null, null);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains(bot.get(0)[1]);

		browser.get("/pt/library/suggest");
		List<String[]> hasty = fields("Pressa " + System.nanoTime(), "early-warning");
		HttpResponse<String> tooFast = browser.submitMultipart("/pt/library/suggest", hasty, null, null);
		assertThat(tooFast.statusCode()).isEqualTo(422);
		assertThat(tooFast.body()).contains(hasty.get(0)[1]);
	}

	@Test
	default void aDisguisedFileIsRefusedAndLeavesNothingBehind() throws Exception {
		String title = "Disfarce " + System.nanoTime();
		byte[] program = new byte[600];
		program[0] = 'M';
		program[1] = 'Z';
		HttpResponse<String> response = suggest(new Browser(http()), "en", fields(title, "early-warning"), "",
				"guide.pdf", program);
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("guide.pdf").contains(title);
		assertThat(curator("en").get("/en/curate").body()).doesNotContain(title);
		assertThat(partialFiles()).isEmpty();
	}

	@Test
	default void aFormSentTwiceCountsOnce() throws Exception {
		String title = "Twice " + System.nanoTime();
		Browser browser = new Browser(http());
		browser.get("/en/library/suggest");
		String form = browser.lastPage();
		Thread.sleep(1_100);
		assertThat(
				browser.submitMultipart("/en/library/suggest", fields(title, "early-warning"), null, null).statusCode())
			.isEqualTo(302);
		Browser again = new Browser(http());
		again.get("/en/library/suggest");
		String stamp = form.replaceAll("(?s).*name=\"stamp\" value=\"([^\"]+)\".*", "$1");
		List<String[]> sameForm = fields(title, "early-warning");
		sameForm.removeIf((field) -> field[0].equals("stamp"));
		sameForm.add(new String[] { "stamp", stamp });
		assertThat(again.submitMultipart("/en/library/suggest", sameForm, null, null).statusCode()).isEqualTo(302);
		String queue = curator("en").get("/en/curate").body();
		assertThat(queue.split(java.util.regex.Pattern.quote(title), -1)).hasSize(2);
	}

	@Test
	default void onlyCuratorsSeeTheQueue() {
		HttpResponse<String> stranger = new Browser(http()).get("/en/curate");
		assertThat(stranger.headers().firstValue("Location").orElseThrow()).endsWith("/en/sign-in?next=%2Fen%2Fcurate");
		String email = Curators.unique("contributor");
		registry().open(email, "Contributor", Curators.PASSWORD, Role.CONTRIBUTOR);
		Browser contributor = new Browser(http());
		Curators.signIn(contributor, "en", email, Curators.PASSWORD);
		assertThat(contributor.get("/en/curate").statusCode()).isEqualTo(403);
	}

	@Test
	default void anOversizeUploadIsRefusedWithA413() throws Exception {
		HttpResponse<String> response = suggest(new Browser(http()), "en",
				fields("Huge " + System.nanoTime(), "early-warning"), "", "huge.pdf", new byte[3 * 1024 * 1024]);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(partialFiles()).isEmpty();
	}

	private java.util.List<java.nio.file.Path> partialFiles() throws java.io.IOException {
		try (var files = java.nio.file.Files.list(dataDir().resolve("files/incoming"))) {
			return files.toList();
		}
	}

	private Browser curator(String lang) throws Exception {
		String email = Curators.unique("curator");
		registry().open(email, "Curator", Curators.PASSWORD, Role.CURATOR);
		Browser browser = new Browser(http());
		Curators.signInAndEnrol(browser, lang, email);
		return browser;
	}

	private static HttpResponse<String> suggest(Browser browser, String lang, List<String[]> fields, String contact,
			String fileName, byte[] file) throws InterruptedException {
		browser.get("/" + lang + "/library/suggest");
		Thread.sleep(1_100);
		List<String[]> all = new ArrayList<>(fields);
		all.add(new String[] { "contact_email", contact });
		return browser.submitMultipart("/" + lang + "/library/suggest", all, fileName, file);
	}

	private static List<String[]> fields(String title, String area) {
		List<String[]> fields = new ArrayList<>();
		fields.add(new String[] { "title", title });
		fields.add(new String[] { "url", "https://example.org/" + title.hashCode() });
		fields.add(new String[] { "type_code", "guides-manuals" });
		fields.add(new String[] { "area_codes", area });
		fields.add(new String[] { "languages", "Spanish" });
		return fields;
	}

	private int total(String query) {
		return JSON.readTree(http().get("/api/v1/resources?" + query).body()).get("total").asInt();
	}

}
