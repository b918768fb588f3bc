package org.tejido.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.tejido.collectives.CollectivePeople.Person;
import org.tejido.messaging.Channel;
import org.tejido.messaging.Outgoing;
import org.tejido.site.Lang;
import org.tejido.site.Texts;

/**
 * Writes the plan's messages to one person in their language, by every way they can be
 * reached: SMS if they have a phone, e-mail if they have an address, and always their
 * inbox. The SMS is one SMS; e-mail and inbox add a link to the page to see more.
 */
@Component
class PlanMessages {

	private final Texts texts;

	private final String siteUrl;

	PlanMessages(Texts texts, @Value("${tejido.site-url:http://localhost:8080}") String siteUrl) {
		this.texts = texts;
		this.siteUrl = siteUrl;
	}

	Lang lang(Person person) {
		return Lang.fromCode(person.lang()).orElse(Lang.FALLBACK);
	}

	String t(Person person, String key, Object... args) {
		return this.texts.get(lang(person), key, args);
	}

	/**
	 * @param keyPrefix the idempotency key up to the member
	 * ({@code ...:member:<id>:<channel>} follows)
	 * @param sms the one-SMS text
	 * @param path the page to link to, inside the collective (e.g.
	 * {@code /risk/my-measures})
	 * @param smsOnly whether only SMS and inbox carry it (no e-mail)
	 */
	List<Outgoing> to(Person person, UUID collective, String keyPrefix, String sms, String path, boolean smsOnly) {
		List<Outgoing> messages = new ArrayList<>();
		String prefix = keyPrefix + ":member:" + person.member() + ":";
		String subject = t(person, "plans.mail.subject");
		String link = t(person, "plans.mail.open",
				this.siteUrl + "/" + lang(person).code() + "/c/" + collective + path);
		if (!person.phone().isEmpty()) {
			messages.add(new Outgoing(prefix + Channel.SMS.code(), collective, person.member(), Channel.SMS,
					person.phone(), null, sms));
		}
		if (!smsOnly && !person.email().isEmpty()) {
			messages.add(new Outgoing(prefix + Channel.EMAIL.code(), collective, person.member(), Channel.EMAIL,
					person.email(), subject, sms + "\n\n" + link));
		}
		messages.add(new Outgoing(prefix + Channel.INBOX.code(), collective, person.member(), Channel.INBOX,
				person.member().toString(), subject, sms + "\n\n" + link));
		return messages;
	}

}
