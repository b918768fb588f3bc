package org.tejido.library;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.tejido.accounts.Role;
import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.support.Browser;
import org.tejido.support.Curators;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A collective posts what it needs; someone points to help; curators publish both and
 * mark the need met.
 */
public interface NeedsContract extends RunningTejido {

	AccountRegistry registry();

	@Test
	default void aNeedIsPostedAnsweredAndMet() throws Exception {
		String need = "Necesitamos capacitación en monitoreo con drones " + System.nanoTime();
		Browser collective = new Browser(http());
		collective.get("/es/needs/new");
		Thread.sleep(1_100);
		assertThat(collective
			.submit("/es/needs/new", "need_kind", "training", "description", need, "need_area",
					"territorial-monitoring", "need_language", "es", "posted_by", "")
			.statusCode()).as(collective.lastPage()).isEqualTo(302);
		assertThat(http().get("/es/needs").body()).doesNotContain(need);

		Browser curator = curator();
		publishFirstPending(curator, need);
		String board = http().get("/es/needs").body();
		assertThat(board).contains(need);
		String id = board.replaceAll("(?s).*href=\"/es/needs/([0-9a-f-]+)/answer\".*", "$1");

		Browser helper = new Browser(http());
		helper.get("/es/needs/" + id + "/answer");
		Thread.sleep(1_100);
		assertThat(helper.submit("/es/needs/" + id + "/answer", "link", "javascript:alert(1)").statusCode())
			.isEqualTo(422);
		helper.get("/es/needs/" + id + "/answer");
		Thread.sleep(1_100);
		assertThat(helper
			.submit("/es/needs/" + id + "/answer", "link", "/es/library/mapeo-comapeo", "note", "Esta guía ayuda")
			.statusCode()).isEqualTo(302);
		publishFirstPending(curator, "/es/library/mapeo-comapeo");
		assertThat(http().get("/es/needs").body()).contains("href=\"/es/library/mapeo-comapeo\"")
			.contains("Esta guía ayuda");

		curator.get("/es/curate");
		assertThat(curator.submit("/es/curate/needs/" + id + "/met").statusCode()).isEqualTo(302);
		assertThat(http().get("/es/needs/" + id + "/answer").statusCode()).isEqualTo(404);
	}

	@Test
	default void aRefusedNeedKeepsWhatWasTyped() throws Exception {
		Browser collective = new Browser(http());
		collective.get("/fr/needs/new");
		Thread.sleep(1_100);
		HttpResponse<String> refused = collective.submit("/fr/needs/new", "need_kind", "boats", "description",
				"Un besoin sans catégorie", "need_area", "", "need_language", "fr");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("Un besoin sans catégorie").contains("role=\"alert\"");
	}

	private void publishFirstPending(Browser curator, String text) {
		String queue = curator.get("/es/curate").body();
		String item = queue.replaceAll(
				"(?s).*href=\"(/es/curate/[0-9a-f-]+)\">"
						+ java.util.regex.Pattern.quote(text.length() > 79 ? text.substring(0, 79) : text) + ".*",
				"$1");
		curator.get(item);
		assertThat(curator.submitAll(item + "/publish").statusCode()).as(curator.lastPage()).isEqualTo(302);
	}

	private Browser curator() throws Exception {
		String email = Curators.unique("curator");
		registry().open(email, "Curator", Curators.PASSWORD, Role.CURATOR);
		Browser browser = new Browser(http());
		Curators.signInAndEnrol(browser, "es", email);
		return browser;
	}

}
