package org.tejido.training.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Someone who registered for an event: a name and, if they gave one, a way to reach them.
 */
@Entity
@Table(name = "training_registration")
public class Registration {

	@Id
	private UUID id;

	@Column(name = "event_id")
	private UUID event;

	private String name;

	private @Nullable String contact;

	@Column(name = "registered_at")
	private Instant registeredAt;

	@Column(name = "form_nonce")
	private String formNonce;

	@SuppressWarnings("NullAway.Init")
	protected Registration() {
	}

	Registration(UUID event, String name, @Nullable String contact, Instant now, String formNonce) {
		this.id = UUID.randomUUID();
		this.event = event;
		this.name = name;
		this.contact = contact;
		this.registeredAt = now;
		this.formNonce = formNonce;
	}

	public String name() {
		return this.name;
	}

	public @Nullable String contact() {
		return this.contact;
	}

	public Instant registeredAt() {
		return this.registeredAt;
	}

}
