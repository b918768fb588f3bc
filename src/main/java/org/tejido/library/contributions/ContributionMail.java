package org.tejido.library.contributions;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import org.tejido.site.Lang;
import org.tejido.site.Texts;

/**
 * Tells a submitter, in the language they wrote in, what became of what they sent. Mail
 * is sent only when an SMTP server is configured ({@code spring.mail.host}); a mail that
 * cannot be sent never undoes the decision.
 */
@Component
class ContributionMail {

	private static final Log log = LogFactory.getLog(ContributionMail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final Texts texts;

	private final String from;

	private final String siteUrl;

	ContributionMail(ObjectProvider<JavaMailSender> sender, Texts texts,
			@Value("${tejido.mail.from:tejido@localhost}") String from,
			@Value("${tejido.site-url:http://localhost:8080}") String siteUrl) {
		this.sender = sender;
		this.texts = texts;
		this.from = from;
		this.siteUrl = siteUrl;
	}

	void tellPublished(Contribution contribution, String title, String path) {
		Lang lang = Lang.fromCode(contribution.lang()).orElse(Lang.FALLBACK);
		String link = this.siteUrl + "/" + lang.code() + path;
		send(contribution, this.texts.get(lang, "mail.published.subject"),
				this.texts.get(lang, "mail.published.body", title, link));
	}

	void tellRejected(Contribution contribution, String reason) {
		Lang lang = Lang.fromCode(contribution.lang()).orElse(Lang.FALLBACK);
		send(contribution, this.texts.get(lang, "mail.rejected.subject"),
				this.texts.get(lang, "mail.rejected.body", reason));
	}

	private void send(Contribution contribution, String subject, String body) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (contribution.contactEmail() == null || mail == null) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(contribution.contactEmail());
		message.setSubject(subject);
		message.setText(body);
		try {
			mail.send(message);
		}
		catch (MailException ex) {
			log.warn("Could not send the decision on contribution " + contribution.id() + ": " + ex.getMessage());
		}
	}

}
