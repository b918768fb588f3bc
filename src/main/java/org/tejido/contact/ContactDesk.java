package org.tejido.contact;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.site.EmailAddresses;
import org.tejido.site.FormStamp;
import org.tejido.site.RateLimiter;

/**
 * Receives contact messages: checks them like every public form, keeps them for
 * administrators, and forwards them to the coalition's address.
 */
@Service
class ContactDesk {

	static final List<String> TOPICS = List.of("general", "resources", "trainings", "accompaniment", "other");

	private static final Log log = LogFactory.getLog(ContactDesk.class);

	private final ContactMessages messages;

	private final FormStamp stamps;

	private final ObjectProvider<JavaMailSender> mail;

	private final @Nullable String forwardTo;

	private final String from;

	private final RateLimiter perClient;

	private final Clock clock = Clock.systemUTC();

	ContactDesk(ContactMessages messages, FormStamp stamps, ObjectProvider<JavaMailSender> mail,
			@Value("${tejido.contact.forward-to:#{null}}") @Nullable String forwardTo,
			@Value("${tejido.mail.from:tejido@localhost}") String from,
			@Value("${tejido.site.form-posts-per-client-per-hour:20}") int formPostsPerHour) {
		this.perClient = new RateLimiter(formPostsPerHour, Duration.ofHours(1));
		this.messages = messages;
		this.stamps = stamps;
		this.mail = mail;
		this.forwardTo = forwardTo;
		this.from = from;
	}

	/** Takes a message in; the key of what is wrong otherwise. */
	@Transactional
	Optional<String> receive(String topic, String message, String replyTo, @Nullable String honeypot, String stamp,
			String lang, String client) {
		if (honeypot != null && !honeypot.isBlank()) {
			return Optional.of("suggest.refused");
		}
		FormStamp.Reading reading = this.stamps.read(stamp);
		if (reading.verdict() != FormStamp.Verdict.GOOD) {
			return Optional
				.of((reading.verdict() == FormStamp.Verdict.TOO_FAST) ? "suggest.too-fast" : "suggest.expired");
		}
		Optional<String> problem = problemWith(topic, message, replyTo);
		if (problem.isPresent()) {
			return problem;
		}
		if (!this.perClient.tryAcquire(client)) {
			return Optional.of("suggest.throttled");
		}
		String nonce = reading.nonce().orElseThrow();
		if (!this.messages.existsByFormNonce(nonce)) {
			ContactMessage saved = this.messages.save(new ContactMessage(topic, message.strip(),
					replyTo.isBlank() ? null : replyTo.strip(), lang, this.clock.instant(), nonce));
			forward(saved);
		}
		return Optional.empty();
	}

	@Transactional(readOnly = true)
	List<ContactMessage> latest() {
		return this.messages.findTop100ByOrderByReceivedAtDesc();
	}

	private static Optional<String> problemWith(String topic, String message, String replyTo) {
		if (!TOPICS.contains(topic)) {
			return Optional.of("contact.topic-required");
		}
		if (message.isBlank() || message.length() > 5000) {
			return Optional.of("contact.message-required");
		}
		if (!replyTo.isBlank() && !EmailAddresses.isPlausible(replyTo.strip())) {
			return Optional.of("account.bad-email");
		}
		return Optional.empty();
	}

	private void forward(ContactMessage message) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null || this.forwardTo == null || this.forwardTo.isBlank()) {
			return;
		}
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(this.forwardTo.split("\\s*,\\s*"));
		if (message.replyTo() != null) {
			mail.setReplyTo(message.replyTo());
		}
		mail.setSubject("[Tejido] " + message.topic());
		mail.setText(message.message());
		try {
			sender.send(mail);
		}
		catch (MailException ex) {
			log.warn("Could not forward a contact message: " + ex.getMessage());
		}
	}

}
