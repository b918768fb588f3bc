package org.tejido.support;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tejido.accounts.Role;
import org.tejido.accounts.internal.AccountRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collectives as people make them through the pages: a coordinator who signed in with two
 * steps founds one, invites people, and they join.
 */
public final class Collectives {

	private static final Pattern CODE = Pattern.compile("id=\"invitation-code\">([A-Z0-9-]+)<");

	private Collectives() {
	}

	/** A coordinator, signed in with two steps, in a browser of their own. */
	public static Browser coordinator(Http http, AccountRegistry registry) throws Exception {
		String email = Curators.unique("coordinator");
		registry.open(email, "Coordinator", Curators.PASSWORD, Role.CONTRIBUTOR);
		Browser browser = new Browser(http);
		Curators.signInAndEnrol(browser, "en", email);
		return browser;
	}

	/** A person with an account and no second factor, signed in. */
	public static Browser person(Http http, AccountRegistry registry) {
		String email = Curators.unique("person");
		registry.open(email, "Person", Curators.PASSWORD, Role.CONTRIBUTOR);
		Browser browser = new Browser(http);
		Curators.signIn(browser, "en", email, Curators.PASSWORD);
		return browser;
	}

	/** Founds a collective and gives the path of its home, {@code /en/c/{id}}. */
	public static String found(Browser coordinator, String name, String... more) {
		coordinator.get("/en/collectives/new");
		String[] fields = new String[4 + more.length];
		fields[0] = "name";
		fields[1] = name;
		fields[2] = "your_name";
		fields[3] = "Founder " + name;
		System.arraycopy(more, 0, fields, 4, more.length);
		HttpResponse<String> founded = coordinator.submit("/en/collectives", fields);
		assertThat(founded.statusCode()).as(founded.body()).isEqualTo(302);
		return founded.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	/** Issues an invitation for a role and gives its code. */
	public static String invite(Browser coordinator, String home, String role) {
		coordinator.get(home + "/invitations");
		HttpResponse<String> issued = coordinator.submit(home + "/invitations", "role", role, "days", "7");
		assertThat(issued.statusCode()).isEqualTo(200);
		Matcher code = CODE.matcher(issued.body());
		assertThat(code.find()).as(issued.body()).isTrue();
		return code.group(1);
	}

	/** Someone with an account joins with a code, in their own browser. */
	public static HttpResponse<String> join(Browser person, String code, String name, String phone) {
		person.get("/en/join?code=" + code);
		return person.submit("/en/join", "code", code, "name", name, "phone", phone);
	}

	/** A collective member who joined with an invitation, signed in. */
	public static Browser member(Http http, AccountRegistry registry, Browser coordinator, String home, String role,
			String name) {
		Browser person = person(http, registry);
		HttpResponse<String> joined = join(person, invite(coordinator, home, role), name, "");
		assertThat(joined.statusCode()).as(joined.body()).isEqualTo(302);
		return person;
	}

	/**
	 * Adds a contact-only member through the members page; gives the member's id, found
	 * on the last page of members, where the newest stand.
	 * @param phone a phone number, or empty
	 * @param email an e-mail address, or empty
	 */
	public static String addContact(Browser coordinator, String home, String name, String phone, String email,
			String role) {
		coordinator.get(home + "/members/new");
		HttpResponse<String> added = coordinator.submit(home + "/members", "name", name, "phone", phone, "email", email,
				"role", role);
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		Matcher id = Pattern.compile("/members/([0-9a-f-]{36})\">" + Pattern.quote(name) + "<")
			.matcher(coordinator.get(home + "/members?page=" + Integer.MAX_VALUE).body());
		assertThat(id.find()).as(name).isTrue();
		return id.group(1);
	}

	/** A valid Colombian mobile number, different each time. */
	public static String phone() {
		return String.format(Locale.ROOT, "+57300%07d", ThreadLocalRandom.current().nextInt(10_000_000));
	}

	public static String marker(String what) {
		return "MARKER" + what.toUpperCase(Locale.ROOT) + System.nanoTime();
	}

	/** The id at the end of the Location a form answered with. */
	public static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

}
