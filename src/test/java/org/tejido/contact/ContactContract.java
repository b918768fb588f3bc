package org.tejido.contact;

import java.net.http.HttpResponse;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.tejido.accounts.Role;
import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.support.Browser;
import org.tejido.support.Curators;
import org.tejido.support.Mailbox;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing to the coalition: the message is kept for administrators and forwarded by
 * e-mail.
 */
public interface ContactContract extends RunningTejido {

	String COALITION = "coalition@example.org";

	AccountRegistry registry();

	@Test
	default void aMessageReachesTheCoalitionAndItsAdministrators() throws Exception {
		String text = "Necesitamos apoyo para una radio comunitaria " + System.nanoTime();
		HttpResponse<String> sent = send("es", "accompaniment", text, "lider@example.org");
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/es/contact/thanks");
		MimeMessage[] forwarded = Mailbox.messagesFor(COALITION);
		assertThat(forwarded).anySatisfy((mail) -> {
			assertThat(mail.getContent().toString()).contains(text);
			assertThat(mail.getReplyTo()[0].toString()).isEqualTo("lider@example.org");
		});
		String admin = Curators.unique("admin");
		registry().open(admin, "Admin", Curators.PASSWORD, Role.ADMINISTRATOR);
		Browser administrator = new Browser(http());
		Curators.signInAndEnrol(administrator, "en", admin);
		assertThat(administrator.get("/en/admin/messages").body()).contains(text).contains("lider@example.org");
		String curatorEmail = Curators.unique("curator");
		registry().open(curatorEmail, "Curator", Curators.PASSWORD, Role.CURATOR);
		Browser curator = new Browser(http());
		Curators.signInAndEnrol(curator, "en", curatorEmail);
		assertThat(curator.get("/en/admin/messages").statusCode()).isEqualTo(403);
	}

	@Test
	default void aRefusedMessageKeepsWhatWasTyped() throws Exception {
		HttpResponse<String> noTopic = send("fr", "", "Un message sans sujet", "");
		assertThat(noTopic.statusCode()).isEqualTo(422);
		assertThat(noTopic.body()).contains("Un message sans sujet").contains("role=\"alert\"");
		HttpResponse<String> badAddress = send("fr", "general", "Réponse impossible", "not-an-address");
		assertThat(badAddress.statusCode()).isEqualTo(422);
		assertThat(badAddress.body()).contains("Réponse impossible").contains("value=\"not-an-address\"");
		Browser hasty = new Browser(http());
		hasty.get("/fr/contact");
		HttpResponse<String> tooFast = hasty.submit("/fr/contact", "topic", "general", "message", "Trop vite");
		assertThat(tooFast.statusCode()).isEqualTo(422);
		assertThat(tooFast.body()).contains("Trop vite");
	}

	@Test
	default void aFormWhoseSessionExpiredComesBackWithEverythingTyped() throws Exception {
		Browser browser = new Browser(http());
		browser.get("/pt/contact");
		Thread.sleep(1_100);
		String text = "Uma mensagem longa escrita com calma " + System.nanoTime();
		String stale = browser.lastPage()
			.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "name=\"_csrf\" value=\"expired\"");
		Browser sameBrowserLater = new Browser(http());
		sameBrowserLater.get("/pt/sign-in");
		HttpResponse<String> expired = sameBrowserLater.post("/pt/contact",
				"_csrf=expired&topic=general&message="
						+ java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8) + "&stamp="
						+ stale.replaceAll("(?s).*name=\"stamp\" value=\"([^\"]+)\".*", "$1"));
		assertThat(expired.statusCode()).isEqualTo(403);
		assertThat(expired.body()).contains("<html lang=\"pt\">").contains(text).doesNotContain("value=\"expired\"");
		assertThat(sameBrowserLater.submitAll("/pt/contact").headers().firstValue("Location").orElseThrow())
			.endsWith("/pt/contact/thanks");
		assertThat(Mailbox.messagesFor(COALITION))
			.anySatisfy((mail) -> assertThat(mail.getContent().toString()).contains(text));
	}

	private HttpResponse<String> send(String lang, String topic, String message, String replyTo)
			throws InterruptedException {
		Browser browser = new Browser(http());
		browser.get("/" + lang + "/contact");
		Thread.sleep(1_100);
		return browser.submit("/" + lang + "/contact", "topic", topic, "message", message, "reply_to", replyTo);
	}

}
