package org.tejido.collectives;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.site.Lang;
import org.tejido.site.SitePagesContract;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.HtmlValidator;
import org.tejido.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collective pages are held to the same promises as public ones: every language, the
 * first round trip, no script, nothing from another host, valid HTML; and, being private,
 * never stored and always with a way out.
 */
public interface CollectivePagesContract {

	Http http();

	AccountRegistry registry();

	@Test
	default void everyCollectivePageFitsTheFirstRoundTripIsValidAndOffersAWayOut() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Comunidad de Prueba", "description",
				"Una comunidad que defiende su territorio y su agua desde hace tres generaciones.", "territory",
				"Cuenca del río", "languages", "español, nasa yuwe", "attributes", "gender, age group");
		for (int i = 0; i < 12; i++) {
			coordinator.get(home + "/members/new");
			coordinator.submit(home + "/members", "name", "Persona número " + i, "phone", Collectives.phone(), "email",
					"persona" + i + "@example.org", "role", "member", "attr.gender", "woman", "consent", "on");
		}
		coordinator.get(home + "/groups");
		String group = Collectives.location(coordinator.submit(home + "/groups", "name", "Guardia indígena"));
		CollectivesContract.storeDocument(coordinator, home, "acta.txt", "acta", false);
		Collectives.invite(coordinator, home, "member");
		String member = CollectivesContract.memberId(coordinator.get(home + "/members").body(), "Persona número 3");
		List<String> pages = List.of(home, home + "/members", home + "/members/" + member, home + "/members/new",
				home + "/groups", group, home + "/documents", home + "/invitations", home + "/activity",
				home + "/settings", home + "/delete");
		for (Lang lang : Lang.values()) {
			for (String path : pages) {
				String localised = "/" + lang.code() + path.substring(3);
				HttpResponse<byte[]> page = coordinator.getBytes(localised, "Accept-Encoding", "gzip");
				assertThat(page.statusCode()).as(localised).isEqualTo(200);
				assertThat(page.body().length).as(localised)
					.isLessThanOrEqualTo(SitePagesContract.FIRST_ROUND_TRIP_BYTES);
				assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
				String html = Http.gunzip(page.body());
				assertThat(html).as(localised)
					.contains("<p class=\"leave\"><a href=\"/leave?lang=" + lang.code() + "\">")
					.doesNotContain("<script")
					.doesNotContainPattern("<(link|img|iframe|source|video|audio)[^>]+(src|href)=\"(https?:)?//");
				if (lang == Lang.EN || lang == Lang.ES) {
					assertThat(HtmlValidator.errorsIn(html)).as(localised).isEmpty();
				}
			}
		}
		for (String path : List.of("/en/collectives", "/en/collectives/new", "/en/join")) {
			String html = coordinator.get(path).body();
			assertThat(HtmlValidator.errorsIn(html)).as(path).isEmpty();
		}
	}

}
