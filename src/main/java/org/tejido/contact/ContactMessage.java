package org.tejido.contact;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A message sent through the contact form.
 */
@Entity
@Table(name = "contact_message")
public class ContactMessage {

	@Id
	private UUID id;

	private String topic;

	private String message;

	@Column(name = "reply_to")
	private @Nullable String replyTo;

	private String lang;

	@Column(name = "received_at")
	private Instant receivedAt;

	@Column(name = "form_nonce")
	private String formNonce;

	@SuppressWarnings("NullAway.Init")
	protected ContactMessage() {
	}

	ContactMessage(String topic, String message, @Nullable String replyTo, String lang, Instant now, String formNonce) {
		this.id = UUID.randomUUID();
		this.topic = topic;
		this.message = message;
		this.replyTo = replyTo;
		this.lang = lang;
		this.receivedAt = now;
		this.formNonce = formNonce;
	}

	public String topic() {
		return this.topic;
	}

	public String message() {
		return this.message;
	}

	public @Nullable String replyTo() {
		return this.replyTo;
	}

	public String lang() {
		return this.lang;
	}

	public Instant receivedAt() {
		return this.receivedAt;
	}

}
