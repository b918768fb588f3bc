package org.tejido.collectives;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.support.Browser;
import org.tejido.accounts.Role;
import org.tejido.support.Collectives;
import org.tejido.support.Curators;
import org.tejido.support.DatabaseDump;
import org.tejido.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker's and a newcomer's walk through a collective found, closed.
 */
public interface CollectiveHardeningContract {

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	Path dataDir();

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
		assertThat(page).contains("Your session ended, after a while without activity")
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

	@Test
	default void hardeningEveryTextTypedIntoACollectiveFormIsSealedInTheDatabaseAndItsFiles() throws Exception {
		Map<String, String> typed = new LinkedHashMap<>();
		for (String field : List.of("collective", "description", "territory", "languages", "attributes", "founder",
				"member", "notes", "attribute", "group", "filename", "filecontent", "joiner", "newcomer", "protocol",
				"template", "place", "report", "update", "hold")) {
			typed.put(field, Collectives.marker(field));
		}
		typed.put("email", Collectives.marker("mail").toLowerCase(Locale.ROOT) + "@example.org");
		Browser coordinator = Collectives.coordinator(http(), registry());
		coordinator.get("/en/collectives/new");
		HttpResponse<String> founded = coordinator.submit("/en/collectives", "name", typed.get("collective"),
				"your_name", typed.get("founder"), "description", typed.get("description"), "territory",
				typed.get("territory"), "languages", typed.get("languages"), "attributes", typed.get("attributes"));
		String home = Collectives.location(founded);
		coordinator.get(home + "/members/new");
		assertThat(coordinator
			.submit(home + "/members", "name", typed.get("member"), "phone", Collectives.phone(), "email",
					typed.get("email"), "notes", typed.get("notes"), "attr." + typed.get("attributes"),
					typed.get("attribute"), "consent", "on", "role", "member")
			.statusCode()).isEqualTo(302);
		coordinator.get(home + "/groups");
		coordinator.submit(home + "/groups", "name", typed.get("group"));
		CollectivesContract.storeDocument(coordinator, home, typed.get("filename") + ".txt",
				"report " + typed.get("filecontent"), false);
		Collectives.join(Collectives.person(http(), registry()), Collectives.invite(coordinator, home, "member"),
				typed.get("joiner"), Collectives.phone());
		String code = Collectives.invite(coordinator, home, "member");
		Browser newcomer = new Browser(http());
		newcomer.get("/en/join?code=" + code);
		assertThat(newcomer
			.submit("/en/join/new", "code", code, "name", typed.get("newcomer"), "email", Curators.unique("newcomer"),
					"password", Curators.PASSWORD, "phone", Collectives.phone())
			.statusCode()).isEqualTo(302);
		org.tejido.warning.Protocols.newProtocol(coordinator, home, typed.get("protocol"));
		coordinator.get(home + "/templates?in=en");
		assertThat(coordinator
			.submit(home + "/templates", "in", "en", "kind", "alert", "text", typed.get("template") + " [code]",
					"max_parts", "2")
			.statusCode()).isEqualTo(302);
		coordinator.get(home + "/alerts/new");
		String alert = Collectives.location(coordinator.submit(home + "/alerts", "category", "extraction", "severity",
				"low", "place", typed.get("place"), "text", typed.get("report")));
		coordinator.get(alert);
		coordinator.submit(alert + "/update", "text", typed.get("update"));
		coordinator.get(alert);
		coordinator.submit(alert + "/hold", "note", typed.get("hold"));

		String shown = coordinator.get(home + "/members").body() + coordinator.get(home + "/protocols").body()
				+ coordinator.get(home + "/templates?in=en").body() + coordinator.get(alert).body();
		assertThat(shown).contains(typed.get("member"), typed.get("protocol"), typed.get("template"),
				typed.get("report"));
		String stored = DatabaseDump.of(jdbc()) + filesUnder(dataDir());
		assertThat(typed.entrySet())
			.allSatisfy((marker) -> assertThat(stored).as(marker.getKey()).doesNotContain(marker.getValue()));
	}

	@Test
	default void hardeningATiersFormCanNameSinglePeople() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Uno a Uno");
		String id = Collectives.addContact(coordinator, home, "Solo Persona", Collectives.phone(), "", "member");
		String protocol = org.tejido.warning.Protocols.newProtocol(coordinator, home, "Individual");
		String form = coordinator.get(protocol).body();
		assertThat(form).contains("<option value=\"member:" + id + "\">Solo Persona</option>");
		HttpResponse<String> added = coordinator.submit(protocol + "/tiers", "target", "member:" + id, "channel", "sms",
				"wait", "10", "level", "collective");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		assertThat(coordinator.get(protocol).body()).contains("1 person by sms, 10 minutes to answer");
	}

	private static String filesUnder(Path folder) throws IOException {
		StringBuilder contents = new StringBuilder();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (!file.toString().contains("index")) {
					contents.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
				}
			}
		}
		return contents.toString();
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
