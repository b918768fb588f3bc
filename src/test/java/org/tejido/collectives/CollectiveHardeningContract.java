package org.tejido.collectives;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.support.Browser;
import org.tejido.accounts.Role;
import org.tejido.support.Collectives;
import org.tejido.support.Curators;
import org.tejido.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker's and a newcomer's walk through a collective found, closed.
 */
public interface CollectiveHardeningContract {

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	@Test
	default void hardeningRefusesAFileNameWithANulByteAndStoresNothing() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Nombre Nulo");
		HttpResponse<String> refused = coordinator.submitMultipart(uploadAction(coordinator, home), List.of(),
				"evil.txt\0.png", "hello".getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(documentsOf(home)).isZero();
	}

	@Test
	default void hardeningTheUploadFormCarriesItsCsrfTokenInTheBodyNotTheAddress() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Token Oculto");
		String action = uploadAction(coordinator, home);
		assertThat(action).doesNotContain("_csrf").doesNotContain("?");
		HttpResponse<String> stored = coordinator.submitMultipart(action, List.of(), "notes.txt",
				"hello".getBytes(StandardCharsets.UTF_8));
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(302);
		assertThat(documentsOf(home)).isOne();
	}

	@Test
	default void hardeningInvitationLinksUseTheSiteAddressNotTheRequestsHost() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Enlace Propio");
		Collectives.invite(coordinator, home, "member");
		assertThat(coordinator.lastPage()).contains("http://localhost:8080/en/join?code=")
			.doesNotContain("localhost:" + http().port() + "/en/join");
	}

	@Test
	default void hardeningASessionThatTimedOutSaysSoAndSigningInAgainReturnsToThePage() throws Exception {
		String email = Curators.unique("watcher");
		registry().open(email, "Watcher", Curators.PASSWORD, Role.CONTRIBUTOR);
		Browser coordinator = new Browser(http());
		String secret = Curators.signInAndEnrol(coordinator, "en", email);
		String home = Collectives.found(coordinator, "Vigilia");
		String members = home + "/members";
		assertThat(coordinator.get(members).statusCode()).isEqualTo(200);
		long longAgo = System.currentTimeMillis() - 3_600_000;
		jdbc().sql("update spring_session set last_access_time = ?, expiry_time = ? where principal_name = ?")
			.params(longAgo, longAgo, email)
			.update();

		HttpResponse<String> refused = coordinator.get(members);
		assertThat(refused.statusCode()).isEqualTo(302);
		String signIn = Collectives.location(refused);
		assertThat(signIn).startsWith("/en/sign-in?timed-out&next=");
		String page = coordinator.get(signIn).body();
		assertThat(page).contains("Your session ended after a while without activity")
			.contains("name=\"next\" value=\"" + members + "\"");
		coordinator.submit("/sign-in", "email", email, "password", Curators.PASSWORD, "lang", "en", "next", members);
		coordinator.get("/en/sign-in/code");
		HttpResponse<String> back = coordinator.submit("/en/sign-in/code", "code", Curators.codeFor(secret));
		assertThat(Collectives.location(back)).isEqualTo(members);
		assertThat(coordinator.get(members).statusCode()).isEqualTo(200);
	}

	@Test
	default void hardeningAnAnonymousVisitorIsAskedToSignInAlikeForRealAndMadeUpCollectives() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Existe");
		String madeUp = "/en/c/" + UUID.randomUUID();
		HttpResponse<String> real = http().get(home + "/members");
		HttpResponse<String> fake = http().get(madeUp + "/members");
		assertThat(real.statusCode()).isEqualTo(fake.statusCode()).isEqualTo(302);
		assertThat(Collectives.location(real)).isEqualTo("/en/sign-in?next=" + encoded(home + "/members"));
		assertThat(Collectives.location(fake)).isEqualTo("/en/sign-in?next=" + encoded(madeUp + "/members"));
	}

	private static String encoded(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String uploadAction(Browser coordinator, String home) {
		Matcher action = Pattern.compile("enctype=\"multipart/form-data\" action=\"([^\"]+)\"")
			.matcher(coordinator.get(home + "/documents").body());
		assertThat(action.find()).isTrue();
		return action.group(1).replace("&amp;", "&");
	}

	private long documentsOf(String home) {
		return jdbc().sql("select count(*) from collective_document where collective_id = ?")
			.param(UUID.fromString(home.substring(6)))
			.query(Long.class)
			.single();
	}

}
