package org.tejido.collectives;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.Curators;
import org.tejido.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collectives through the pages: founding, inviting, joining, sub-groups, roles, and the
 * refusals that keep each collective to itself.
 */
public interface CollectivesContract {

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	CollectiveContacts contacts();

	@Test
	default void aCoordinatorFoundsACollectiveInvitesPeopleAndFormsGroups() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Río Claro", "territory", "Cuenca alta", "attributes",
				"gender, age group");
		assertThat(coordinator.get(home).body()).contains("Río Claro", "Cuenca alta", "coordinator");

		Browser newcomer = new Browser(http());
		String code = Collectives.invite(coordinator, home, "member");
		newcomer.get("/en/join?code=" + code);
		String email = Curators.unique("newcomer");
		HttpResponse<String> joined = newcomer.submit("/en/join/new", "code", code, "name", "Doña Ofelia", "email",
				email, "password", Curators.PASSWORD, "phone", "+57 300 555 0101");
		assertThat(joined.statusCode()).as(joined.body()).isEqualTo(302);
		Curators.signIn(newcomer, "en", email, Curators.PASSWORD);
		assertThat(newcomer.get("/en/collectives").body()).contains("Río Claro", home);
		assertThat(newcomer.get(home + "/members").body()).contains("Doña Ofelia", "Founder Río Claro")
			.doesNotContain("+573005550101");

		coordinator.get(home + "/members/new");
		HttpResponse<String> added = coordinator.submit(home + "/members", "name", "Tomasa", "phone",
				"+57 (300) 555-0199", "email", "Tomasa@Example.org", "lang", "es", "role", "member", "attr.gender",
				"woman", "consent", "on", "notes", "speaks at assemblies");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		String members = coordinator.get(home + "/members").body();
		assertThat(members).contains("Tomasa", "+573005550199", "tomasa@example.org", "contact only", "+573005550101");

		coordinator.get(home + "/groups");
		HttpResponse<String> formed = coordinator.submit(home + "/groups", "name", "Mujeres");
		assertThat(formed.statusCode()).isEqualTo(302);
		String group = Collectives.location(formed);
		coordinator.get(group);
		coordinator.submit(group + "/members", "member", memberId(members, "Tomasa"));
		assertThat(coordinator.get(group).body()).contains("Mujeres", "Tomasa", "1 person");
		assertThat(coordinator.get(home + "/members").body()).contains("Mujeres");
	}

	@Test
	default void openingACollectivePageShortensTheSessionsIdleTimeout() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String session = coordinator.cookie("__Host-tejido");
		String idle = "select max_inactive_interval from spring_session where session_id = ?";
		coordinator.get("/en/account");
		assertThat(jdbc().sql(idle).param(sessionId(session)).query(Integer.class).single()).isEqualTo(30 * 60);
		String home = Collectives.found(coordinator, "Sesión corta");
		coordinator.get(home);
		assertThat(jdbc().sql(idle).param(sessionId(coordinator.cookie("__Host-tejido"))).query(Integer.class).single())
			.isEqualTo(10 * 60);
	}

	private static String sessionId(String cookie) {
		return cookie.matches("[0-9a-f-]{36}") ? cookie
				: new String(java.util.Base64.getDecoder().decode(cookie), java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	default void aPhoneNumberFindsItsMembersThroughItsKeyedHashInAnyCollective() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String first = Collectives.found(coordinator, "Primera");
		String second = Collectives.found(coordinator, "Segunda");
		String phone = Collectives.phone();
		String spaced = phone.substring(0, 3) + " " + phone.substring(3, 6) + " " + phone.substring(6);
		String inFirst = addContact(coordinator, first, "Ramona", spaced);
		String inSecond = addContact(coordinator, second, "Ramona R.", "00" + phone.substring(1));
		assertThat(contacts().reachableAt(phone)).extracting((membership) -> membership.member().toString())
			.containsExactlyInAnyOrder(inFirst, inSecond);
		assertThat(contacts().reachableAt(phone)).extracting(Membership::collective)
			.containsExactlyInAnyOrder(java.util.UUID.fromString(first.substring(6)),
					java.util.UUID.fromString(second.substring(6)));
		assertThat(contacts().reachableAt(Collectives.phone())).isEmpty();
		assertThat(contacts().reachableAt("not a number")).isEmpty();
		assertThat(coordinator.get("/en/collectives").body()).contains("Primera", "Segunda");
		Browser ally = Collectives.member(http(), registry(), coordinator, second, "ally", "Visitante");
		Collectives.join(ally, Collectives.invite(coordinator, first, "member"), "Visitante", "");
		assertThat(ally.get("/en/collectives").body()).containsPattern("Primera</a> <span class=\"meta\">member")
			.containsPattern("Segunda</a> <span class=\"meta\">ally");
	}

	@Test
	default void strangersToACollectiveGetNotFoundForEverythingInIt() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Loma Verde");
		String member = addContact(coordinator, home, "Rafael", Collectives.phone());
		String group = Collectives.location(formGroup(coordinator, home, "Guardia", false));
		String document = storeDocument(coordinator, home, "map.txt", "where we meet", false);

		Browser stranger = Collectives.coordinator(http(), registry());
		String elsewhere = Collectives.found(stranger, "Otra Comunidad");
		List<String> reads = List.of(home, home + "/members", home + "/members/" + member, home + "/groups", group,
				home + "/documents", document, home + "/invitations", home + "/activity", home + "/settings",
				home + "/export", home + "/delete");
		for (String path : reads) {
			HttpResponse<String> read = stranger.get(path);
			assertThat(read.statusCode()).as(path + read.body()).isEqualTo(404);
		}
		stranger.get(elsewhere + "/settings");
		List<String> writes = List.of(home + "/members", home + "/members/" + member,
				home + "/members/" + member + "/role", home + "/members/" + member + "/remove", home + "/groups",
				group + "/members", group + "/dissolve", home + "/invitations", home + "/settings", home + "/delete");
		for (String path : writes) {
			stranger.get(elsewhere + "/settings");
			assertThat(stranger.submit(path, "name", "Taken", "role", "coordinator", "confirmation", "Loma Verde")
				.statusCode()).as(path).isEqualTo(404);
		}
		String memberId = member;
		String groupId = group.substring(group.lastIndexOf('/') + 1);
		String documentId = document.substring(document.lastIndexOf('/') + 1);
		assertThat(stranger.get(elsewhere + "/members/" + memberId).statusCode()).isEqualTo(404);
		assertThat(stranger.get(elsewhere + "/groups/" + groupId).statusCode()).isEqualTo(404);
		assertThat(stranger.get(elsewhere + "/documents/" + documentId).statusCode()).isEqualTo(404);
		stranger.get(elsewhere + "/settings");
		assertThat(stranger.submit(elsewhere + "/members/" + memberId + "/remove").statusCode()).isEqualTo(404);
		assertThat(stranger.get("/en/c/not-a-uuid").statusCode()).isEqualTo(404);

		String page = coordinator.get(home + "/members").body();
		assertThat(page).contains("Rafael");
		assertThat(coordinator.get(group).body()).contains("Guardia");
		assertThat(coordinator.get(home).body()).contains("Loma Verde").doesNotContain("Taken");
	}

	@Test
	default void alliesSeeOnlyWhatIsSharedWithAllies() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Alto Naya");
		String phone = Collectives.phone();
		String elder = addContact(coordinator, home, "Abuelo Crisanto", phone);
		String shared = Collectives.location(formGroup(coordinator, home, "Comisión de diálogo", true));
		String hidden = Collectives.location(formGroup(coordinator, home, "Guardia interna", false));
		coordinator.get(shared);
		coordinator.submit(shared + "/members", "member", elder);
		String sharedFile = storeDocument(coordinator, home, "denuncia.txt", "public complaint", true);
		String privateFile = storeDocument(coordinator, home, "rutas.txt", "escape routes", false);

		Browser ally = Collectives.member(http(), registry(), coordinator, home, "ally", "Abogada aliada");
		assertThat(ally.get(home).statusCode()).isEqualTo(200);
		assertThat(ally.get(home + "/members").statusCode()).isEqualTo(403);
		String groups = ally.get(home + "/groups").body();
		assertThat(groups).contains("Comisión de diálogo").doesNotContain("Guardia interna");
		assertThat(ally.get(shared).body()).contains("Abuelo Crisanto").doesNotContain(phone.substring(1));
		assertThat(ally.get(hidden).statusCode()).isEqualTo(404);
		assertThat(ally.get(home + "/documents").body()).contains("denuncia.txt").doesNotContain("rutas.txt");
		assertThat(ally.getBytes(sharedFile).statusCode()).isEqualTo(200);
		assertThat(ally.getBytes(privateFile).statusCode()).isEqualTo(404);
		for (String coordinatorsOnly : List.of(home + "/members/" + elder, home + "/settings", home + "/activity",
				home + "/export", home + "/invitations")) {
			assertThat(ally.get(coordinatorsOnly).statusCode()).as(coordinatorsOnly).isEqualTo(403);
		}
		ally.get("/en/account");
		assertThat(ally.submit(home + "/groups", "name", "Ally group").statusCode()).isEqualTo(403);
		ally.get("/en/account");
		assertThat(ally.submit(shared + "/dissolve").statusCode()).isEqualTo(403);
		assertThat(coordinator.get(home + "/groups").body()).doesNotContain("Ally group").contains("Guardia interna");
	}

	@Test
	default void theMembersPageShowsFortyPeopleAtATimeWithTheirGroups() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Muchas Personas");
		String last = "";
		for (int i = 1; i <= 44; i++) {
			last = Collectives.addContact(coordinator, home, String.format("Persona %02d", i), "", "", "member");
		}
		coordinator.get(home + "/groups");
		String group = Collectives.location(coordinator.submit(home + "/groups", "name", "Vigías del río"));
		coordinator.get(group);
		assertThat(coordinator.submit(group + "/members", "member", last).statusCode()).isEqualTo(302);

		String first = coordinator.get(home + "/members").body();
		assertThat(first).contains("Persona 01", "Persona 39").doesNotContain("Persona 40", "Persona 44");
		String second = coordinator.get(home + "/members?page=2").body();
		assertThat(second).contains("Persona 40", "Persona 44", "Vigías del río").doesNotContain("Persona 39");
	}

	@Test
	default void membersSeeTheirPeopleButCannotManageThem() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "San José");
		String phone = Collectives.phone();
		String someone = addContact(coordinator, home, "Leonor", phone);
		Browser member = Collectives.member(http(), registry(), coordinator, home, "member", "Julián");
		assertThat(member.get(home + "/members").body()).contains("Leonor", "Julián").doesNotContain(phone);
		assertThat(member.get(home + "/members/" + someone).statusCode()).isEqualTo(403);
		member.get("/en/account");
		assertThat(member.submit(home + "/members/" + someone + "/remove").statusCode()).isEqualTo(403);
		member.get("/en/account");
		assertThat(member.submit(home + "/members/" + someone + "/role", "role", "coordinator").statusCode())
			.isEqualTo(403);
		assertThat(coordinator.get(home + "/members").body()).contains("Leonor");
	}

	@Test
	default void coordinatorsMustSignInWithTwoSteps() throws Exception {
		Browser withoutSecondFactor = Collectives.person(http(), registry());
		HttpResponse<String> founding = withoutSecondFactor.get("/en/collectives/new");
		assertThat(founding.statusCode()).isEqualTo(302);
		assertThat(founding.headers().firstValue("Location").orElseThrow()).endsWith("/en/account/two-factor");

		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Buenavista");
		String code = Collectives.invite(coordinator, home, "coordinator");
		assertThat(Collectives.join(withoutSecondFactor, code, "Segunda", "").statusCode()).isEqualTo(302);
		HttpResponse<String> entering = withoutSecondFactor.get(home + "/members");
		assertThat(entering.statusCode()).isEqualTo(303);
		assertThat(entering.headers().firstValue("Location").orElseThrow()).isEqualTo("/en/account/two-factor");
	}

	@Test
	default void badContactsAreRefusedWithTheReasonAndNothingIsKept() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "La Esperanza", "attributes", "gender");
		String[][] cases = { { "3001234567", "", "with its country code" },
				{ "+57 123", "", "not a valid phone number" }, { "+57 300 abc", "", "not a valid phone number" },
				{ "", "nobody-at-example", "not valid: it needs the form" } };
		for (String[] bad : cases) {
			coordinator.get(home + "/members/new");
			HttpResponse<String> refused = coordinator.submit(home + "/members", "name", "Casimiro", "phone", bad[0],
					"email", bad[1], "role", "member");
			assertThat(refused.statusCode()).isEqualTo(422);
			assertThat(refused.body()).contains(bad[2], "Casimiro");
		}
		coordinator.get(home + "/members/new");
		HttpResponse<String> noConsent = coordinator.submit(home + "/members", "name", "Casimiro", "role", "member",
				"attr.gender", "man");
		assertThat(noConsent.statusCode()).isEqualTo(422);
		assertThat(coordinator.get(home + "/members").body()).doesNotContain("Casimiro");
		coordinator.get("/es" + home.substring(3) + "/members/new");
		assertThat(coordinator
			.submit("/es" + home.substring(3) + "/members", "name", "Casimiro", "phone", "300", "role", "member")
			.body()).contains("código del país");
	}

	@Test
	default void theLastCoordinatorCannotBeRemovedOrDemoted() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "El Porvenir");
		String founder = memberId(coordinator.get(home + "/members").body(), "Founder El Porvenir");
		coordinator.get(home + "/members/" + founder);
		HttpResponse<String> demoted = coordinator.submit(home + "/members/" + founder + "/role", "role", "member");
		assertThat(demoted.statusCode()).isEqualTo(422);
		assertThat(demoted.body()).contains("at least one coordinator");
		coordinator.get(home + "/members/" + founder);
		assertThat(coordinator.submit(home + "/members/" + founder + "/remove").statusCode()).isEqualTo(422);
		assertThat(coordinator.get(home + "/settings").statusCode()).isEqualTo(200);
	}

	@Test
	default void invitationsAreSingleUseAndExpire() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Santa Rita");
		String code = Collectives.invite(coordinator, home, "member");
		assertThat(Collectives.join(Collectives.person(http(), registry()), code, "Primera", "").statusCode())
			.isEqualTo(302);
		Browser second = Collectives.person(http(), registry());
		HttpResponse<String> reused = second.get("/en/join?code=" + code.toLowerCase().replace("-", "%20"));
		assertThat(reused.statusCode()).isEqualTo(422);
		assertThat(reused.body()).contains("already used");

		String expiring = Collectives.invite(coordinator, home, "member");
		jdbc().sql("update collective_invitation set expires_at = ? where used_at is null and collective_id = ?")
			.params(java.time.OffsetDateTime.now().minusMinutes(1), java.util.UUID.fromString(home.substring(6)))
			.update();
		HttpResponse<String> expired = second.get("/en/join?code=" + expiring);
		assertThat(expired.statusCode()).isEqualTo(422);
		assertThat(expired.body()).contains("has expired");
		assertThat(second.get("/en/join?code=ZZZZZ-ZZZZZ").statusCode()).isEqualTo(404);
		assertThat(second.get("/en/collectives").body()).doesNotContain("Santa Rita");
	}

	@Test
	default void anUploadWithoutItsFileIsABadRequestAndStoresNothing() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Sin Archivo");
		String documents = "/es" + home.substring(3) + "/documents";
		Matcher action = Pattern.compile("enctype=\"multipart/form-data\" action=\"([^\"]+)\"")
			.matcher(coordinator.get(documents).body());
		assertThat(action.find()).isTrue();
		HttpResponse<String> refused = coordinator.submitMultipart(action.group(1).replace("&amp;", "&"),
				List.<String[]>of(new String[] { "allies", "on" }), null, null);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("No se pudo entender esta solicitud");
		assertThat(jdbc().sql("select count(*) from collective_document where collective_id = ?")
			.param(java.util.UUID.fromString(home.substring(6)))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	default void ofTwoPeopleRedeemingOneCodeAtOnceOneJoinsAndTheOtherIsToldItWasUsed() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Dos a la Vez");
		ExecutorService both = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 3; round++) {
				String code = Collectives.invite(coordinator, home, "member");
				Browser member = Collectives.person(http(), registry());
				member.get("/en/join?code=" + code);
				Browser newcomer = new Browser(http());
				newcomer.get("/en/join?code=" + code);
				String email = Curators.unique("newcomer");
				CyclicBarrier start = new CyclicBarrier(2);
				String suffix = " " + round;
				List<Future<HttpResponse<String>>> answers = List.of(both.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					return member.submit("/en/join", "code", code, "name", "Simultánea" + suffix, "phone", "");
				}), both.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					return newcomer.submit("/en/join/new", "code", code, "name", "Recién llegada" + suffix, "email",
							email, "password", Curators.PASSWORD, "phone", "");
				}));
				List<HttpResponse<String>> responses = new ArrayList<>();
				for (Future<HttpResponse<String>> answer : answers) {
					responses.add(answer.get(60, TimeUnit.SECONDS));
				}
				assertThat(responses).extracting(HttpResponse::statusCode)
					.as("round %d", round)
					.containsExactlyInAnyOrder(302, 422);
				assertThat(responses).filteredOn((response) -> response.statusCode() == 422)
					.singleElement()
					.satisfies((refused) -> assertThat(refused.body()).contains("already used"));
			}
		}
		finally {
			both.shutdownNow();
		}
		String members = coordinator.get(home + "/members").body();
		assertThat(Pattern.compile("(Simultánea|Recién llegada) \\d<").matcher(members).results().count()).isEqualTo(3);
	}

	@Test
	default void aNewcomerWithAnUnknownCodeIsToldSoAndKeepsWhatTheyTyped() {
		Browser newcomer = new Browser(http());
		newcomer.get("/en/join");
		String email = Curators.unique("mistyped");
		HttpResponse<String> unknown = newcomer.submit("/en/join/new", "code", "ZZZZZ-ZZZZZ", "name", "Doña Eufemia",
				"email", email, "password", Curators.PASSWORD, "phone", "+57 300 555 0177");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body())
			.contains("No invitation has this code", "value=\"ZZZZZ-ZZZZZ\"", "value=\"Doña Eufemia\"",
					"value=\"" + email + "\"", "value=\"+57 300 555 0177\"")
			.doesNotContain(Curators.PASSWORD);

		newcomer.get("/es/join");
		HttpResponse<String> inSpanish = newcomer.submit("/es/join/new", "code", "", "name", "Doña Eufemia", "email",
				email, "password", Curators.PASSWORD, "phone", "");
		assertThat(inSpanish.statusCode()).isEqualTo(404);
		assertThat(inSpanish.body()).contains("Ninguna invitación tiene este código", "value=\"Doña Eufemia\"");
	}

	@Test
	default void theActivityLogVerifiesAndShowsWhereItWasAltered() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Puerto Nuevo");
		addContact(coordinator, home, "Eusebio", Collectives.phone());
		formGroup(coordinator, home, "Jóvenes", false);
		String log = coordinator.get(home + "/activity").body();
		assertThat(log).contains("all 3 entries", "created the collective", "added a person", "formed a group");
		jdbc().sql("update collective_activity set action = 'member.removed' where collective_id = ? and seq = 2")
			.param(java.util.UUID.fromString(home.substring(6)))
			.update();
		assertThat(coordinator.get(home + "/activity").body()).contains("entry 2 does not match");
	}

	private static String addContact(Browser coordinator, String home, String name, String phone) {
		coordinator.get(home + "/members/new");
		HttpResponse<String> added = coordinator.submit(home + "/members", "name", name, "phone", phone, "role",
				"member");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		return memberId(coordinator.get(home + "/members").body(), name);
	}

	private static HttpResponse<String> formGroup(Browser coordinator, String home, String name, boolean allies) {
		coordinator.get(home + "/groups");
		List<String> fields = new ArrayList<>(List.of("name", name));
		if (allies) {
			fields.addAll(List.of("allies", "on"));
		}
		HttpResponse<String> formed = coordinator.submit(home + "/groups", fields.toArray(String[]::new));
		assertThat(formed.statusCode()).as(formed.body()).isEqualTo(302);
		return formed;
	}

	/** Stores a file and gives the path it downloads from. */
	static String storeDocument(Browser browser, String home, String name, String content, boolean allies) {
		String page = browser.get(home + "/documents").body();
		Matcher action = Pattern.compile("enctype=\"multipart/form-data\" action=\"([^\"]+)\"").matcher(page);
		assertThat(action.find()).isTrue();
		List<String[]> fields = allies ? List.<String[]>of(new String[] { "allies", "on" }) : List.of();
		HttpResponse<String> stored = browser.submitMultipart(action.group(1).replace("&amp;", "&"), fields, name,
				content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(302);
		Matcher link = Pattern
			.compile("href=\"(" + Pattern.quote(home) + "/documents/[0-9a-f-]{36})\">" + Pattern.quote(name) + "<")
			.matcher(browser.get(home + "/documents").body());
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	static String memberId(String membersPage, String name) {
		Matcher link = Pattern.compile("/members/([0-9a-f-]{36})\">" + Pattern.quote(name) + "<").matcher(membersPage);
		assertThat(link.find()).as(membersPage).isTrue();
		return link.group(1);
	}

}
