package org.tejido.messaging.internal;

import java.nio.charset.StandardCharsets;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import org.tejido.messaging.AttachmentSource;
import org.tejido.messaging.DeliveryStatus;

/**
 * Sends e-mail through the SMTP server of the standard Spring Boot mail settings; a
 * message counts as delivered once the server took it.
 */
@Component
class MailOut {

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	private final List<AttachmentSource> attachments;

	MailOut(ObjectProvider<JavaMailSender> sender, @Value("${tejido.mail.from:tejido@localhost}") String from,
			List<AttachmentSource> attachments) {
		this.sender = sender;
		this.from = from;
		this.attachments = attachments;
	}

	Outcome send(String to, @Nullable String subject, String text) {
		return send(to, subject, text, List.of());
	}

	/**
	 * Sends with the files the references name; one that cannot be opened any more is
	 * left out.
	 */
	Outcome send(String to, @Nullable String subject, String text, List<String> references) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null) {
			return Outcome.retry("no mail server set up");
		}
		try {
			new InternetAddress(to, true);
		}
		catch (AddressException ex) {
			return Outcome.refused("not an e-mail address");
		}
		try {
			mail.send(message(mail, to, subject, text, references));
			return Outcome.taken(DeliveryStatus.DELIVERED, "taken by the mail server");
		}
		catch (MailPreparationException ex) {
			return Outcome.refused("could not be written as e-mail");
		}
		catch (MailException ex) {
			return Outcome.retry("mail server: " + ex.getClass().getSimpleName());
		}
	}

	private MimeMessage message(JavaMailSender mail, String to, @Nullable String subject, String text,
			List<String> references) {
		try {
			MimeMessage message = mail.createMimeMessage();
			List<AttachmentSource.Attached> files = references.stream().flatMap(this::open).toList();
			MimeMessageHelper helper = new MimeMessageHelper(message, !files.isEmpty(), StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(to);
			helper.setSubject((subject != null) ? subject : "");
			helper.setText(text);
			for (AttachmentSource.Attached file : files) {
				helper.addAttachment(file.fileName(), new ByteArrayResource(file.bytes()), file.mediaType());
			}
			return message;
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
	}

	private java.util.stream.Stream<AttachmentSource.Attached> open(String reference) {
		return this.attachments.stream().flatMap((source) -> source.open(reference).stream()).limit(1);
	}

}
