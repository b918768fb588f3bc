package org.tejido.library;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.tejido.accounts.Role;
import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.support.Browser;
import org.tejido.support.Curators;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tejido.support.Bundles.utf8;

/**
 * Readers say whether a resource was useful (one click, no account) and comment on it
 * (after moderation).
 */
public interface FeedbackContract extends RunningTejido {

	AccountRegistry registry();

	@Test
	default void aVoteCountsOnceAndLeavesNoCookie() {
		String slug = newResource("Vote counting guide");
		Browser reader = new Browser(http());
		HttpResponse<String> voted = reader.post("/en/library/" + slug + "/useful", "useful=yes");
		assertThat(voted.headers().firstValue("Location").orElseThrow()).endsWith("/en/library/" + slug + "?voted");
		assertThat(http().get("/en/library/" + slug).body()).contains("Useful to 1 · not useful to 0");
		HttpResponse<String> again = reader.post("/en/library/" + slug + "/useful", "useful=yes");
		assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("?not-counted");
		assertThat(http().get("/en/library/" + slug).body()).contains("Useful to 1 · not useful to 0");
		assertThat(reader.hasCookies()).isFalse();
		String other = newResource("Not so useful guide");
		reader.post("/en/library/" + other + "/useful", "useful=no");
		assertThat(http().get("/en/library/" + other).body()).contains("Useful to 0 · not useful to 1");
		assertThat(reader.post("/en/library/no-such-resource/useful", "useful=yes").statusCode()).isEqualTo(404);
	}

	@Test
	default void aCommentAppearsOnceACuratorPublishesIt() throws Exception {
		String slug = newResource("Commented guide");
		String comment = "Nos sirvió para organizar la guardia <b>comunitaria</b> " + System.nanoTime();
		Browser reader = new Browser(http());
		reader.get("/es/library/" + slug + "/comment");
		Thread.sleep(1_100);
		assertThat(reader.submit("/es/library/" + slug + "/comment", "body", "", "author", "Rosa").body())
			.contains("value=\"Rosa\"");
		reader.get("/es/library/" + slug + "/comment");
		Thread.sleep(1_100);
		HttpResponse<String> sent = reader.submit("/es/library/" + slug + "/comment", "body", comment, "author",
				"Consejo de mujeres");
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("?commented");
		assertThat(http().get("/es/library/" + slug).body()).doesNotContain("organizar la guardia");

		String email = Curators.unique("curator");
		registry().open(email, "Curator", Curators.PASSWORD, Role.CURATOR);
		Browser curator = new Browser(http());
		Curators.signInAndEnrol(curator, "es", email);
		String item = curator.get("/es/curate")
			.body()
			.replaceAll("(?s).*href=\"(/es/curate/[0-9a-f-]+)\">Nos sirvió para organizar.*", "$1");
		curator.get(item);
		assertThat(curator.submitAll(item + "/publish").statusCode()).isEqualTo(302);
		String page = http().get("/es/library/" + slug).body();
		assertThat(page).contains("Consejo de mujeres").contains("&lt;b&gt;comunitaria&lt;/b&gt;");
	}

	private String newResource(String title) {
		String unique = title + " " + System.nanoTime();
		String csv = "title,url,type_code,area_codes,language_codes\n" + unique
				+ ",https://example.org/guide,guides-manuals,early-warning,en\n";
		assertThat(http()
			.post("/api/v1/catalogue/import", utf8(csv), "Authorization", bearer(), "Content-Type", "text/csv")
			.statusCode()).isEqualTo(200);
		return org.tejido.site.Slugs.of(unique);
	}

}
